import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { loadActiveDriver } from "../../workflows/driver/utils/load-active-driver"

/**
 * After Medusa's `authenticate("driver")`: a token of a driver staff removed or
 * deactivated stops working on every driver route (401), whatever its expiry.
 */
export async function requireActiveDriver(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await loadActiveDriver(req.scope, req.auth_context.actor_id)
    next()
  } catch (error) {
    next(error)
  }
}
