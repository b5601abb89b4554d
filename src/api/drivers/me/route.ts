import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadDriverProfile } from "../driver-profile"

/** The logged-in driver and their bakery. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ driver: await loadDriverProfile(req.scope, req.auth_context.actor_id) })
}
