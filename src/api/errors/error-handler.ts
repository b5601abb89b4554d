import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DOMAIN_CONFLICT_CODE } from "../../errors/domain-conflict"
import { TOO_MANY_REQUESTS_CODE } from "../../errors/too-many-requests"
import { PAYLOAD_TOO_LARGE_CODE } from "../../errors/payload-too-large"
import { STORAGE_RETRY_AFTER_SECONDS, STORAGE_UNAVAILABLE_CODE } from "../../errors/storage-unavailable"
import { applySecurityHeaders } from "../security/security-headers"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except that SweetSpot's own conflicts keep their
 * message: Medusa answers every CONFLICT with a generic "retry with an
 * Idempotency-Key" text, which tells a shopper nothing about their cart; a caller
 * over a limit gets 429, an upload over its limit 413, and a request whose file
 * storage failed 503 with `Retry-After`, for which Medusa has no error types (in the
 * same shape as the rate limiter's 429).
 */
export function sweetspotErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  // Errors raised before SweetSpot's middlewares ran (e.g. no publishable key) get the headers here.
  if (!res.headersSent) {
    applySecurityHeaders(res)
  }
  if (err?.type === MedusaError.Types.CONFLICT && err?.code === DOMAIN_CONFLICT_CODE) {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, code: DOMAIN_CONFLICT_CODE, message: err.message })
    return
  }
  if (err?.code === TOO_MANY_REQUESTS_CODE) {
    res.status(429).json({ type: TOO_MANY_REQUESTS_CODE, message: err.message })
    return
  }
  if (err?.type === MedusaError.Types.INVALID_DATA && err?.code === PAYLOAD_TOO_LARGE_CODE) {
    res.status(413).json({ type: PAYLOAD_TOO_LARGE_CODE, message: err.message })
    return
  }
  if (err?.type === MedusaError.Types.UNEXPECTED_STATE && err?.code === STORAGE_UNAVAILABLE_CODE) {
    res.status(503).setHeader("Retry-After", String(STORAGE_RETRY_AFTER_SECONDS))
    res.json({ type: STORAGE_UNAVAILABLE_CODE, message: err.message })
    return
  }
  medusaErrorHandler(err, req, res, next)
}
