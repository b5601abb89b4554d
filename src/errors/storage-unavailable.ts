import { MedusaError } from "@medusajs/framework/utils"

/** Marks an error the error handler answers with 503 (Medusa has no error type for it). */
export const STORAGE_UNAVAILABLE_CODE = "service_unavailable"

/** How long a caller is asked to wait before trying again, in seconds (`Retry-After`). */
export const STORAGE_RETRY_AFTER_SECONDS = 10

/**
 * A 503 in Medusa's error shape, `{ type: "service_unavailable", message }`: the File
 * module's storage (S3, the disk) failed after the provider's own retries. Medusa
 * would answer any such error with a bare "An unknown error occurred." 500.
 */
export function storageUnavailable(message: string) {
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message, STORAGE_UNAVAILABLE_CODE)
}

/**
 * Whether a storage error says the file is not there (S3's NoSuchKey, the disk's
 * ENOENT), not that storage failed; a missing bucket (also a 404 from S3) is a failure.
 */
export function isMissingFile(error: any): boolean {
  return error?.name === "NoSuchKey" || error?.Code === "NoSuchKey" || error?.code === "ENOENT"
}
