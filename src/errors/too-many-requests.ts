import { MedusaError } from "@medusajs/framework/utils"

/** Marks an error the error handler answers with 429 (Medusa has no error type for it). */
export const TOO_MANY_REQUESTS_CODE = "too_many_requests"

/**
 * A 429 in Medusa's error shape, `{ type: "too_many_requests", message }`, as the
 * rate limits answer: a caller who holds too much at once (open streams).
 */
export function tooManyRequests(message: string) {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message, TOO_MANY_REQUESTS_CODE)
}
