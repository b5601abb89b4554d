import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Six months, as browsers' HSTS preload lists ask at the least. */
const HSTS_MAX_AGE_SECONDS = 15552000

/**
 * Headers every answer carries: no MIME sniffing, no framing, no referrer leaks,
 * no framework banner; HTTPS-only (HSTS) in production, where TLS is expected in
 * front of the app. CORS stays Medusa's, from STORE_CORS, ADMIN_CORS and AUTH_CORS.
 */
export function applySecurityHeaders(res: MedusaResponse) {
  res.removeHeader("X-Powered-By")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Referrer-Policy", "no-referrer")
  if (process.env.NODE_ENV === "production") {
    res.setHeader("Strict-Transport-Security", `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`)
  }
}

/**
 * The headers on every answer that reaches SweetSpot's middlewares; the error
 * handler adds them to errors raised before (a missing publishable key). Medusa's
 * own 401 for a missing admin login is written before either and goes without.
 */
export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  applySecurityHeaders(res)
  next()
}
