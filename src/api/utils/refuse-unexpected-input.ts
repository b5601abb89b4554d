import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const listed = (keys: string[]) => keys.map((key) => `'${key}'`).join(", ")

/**
 * For a route that takes no query parameters: any parameter is refused, as a route
 * with a query validator refuses one it does not know, rather than silently ignored.
 */
export function refuseQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const keys = Object.keys(req.query ?? {})
  if (keys.length) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `This route takes no query parameters: remove ${listed(keys)}`))
  }
  next()
}

/** For a route that takes no body: a JSON body with fields is refused (an empty one, `{}`, is fine). */
export function refuseBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body
  const keys = body && typeof body === "object" && !Array.isArray(body) ? Object.keys(body) : []
  if (keys.length || Array.isArray(body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `This route takes no body: remove ${Array.isArray(body) ? "the array" : listed(keys)}`))
  }
  next()
}
