import { MedusaError } from "@medusajs/framework/utils"

/** Marks a refusal that answers 413: the body is larger than the route takes (Medusa has no error type for it). */
export const PAYLOAD_TOO_LARGE_CODE = "payload_too_large"

/** A 413 whose message says what is allowed, e.g. "file: the photo is larger than 5 MB ...". */
export function payloadTooLarge(message: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, PAYLOAD_TOO_LARGE_CODE)
}
