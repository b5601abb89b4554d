import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerDriverWorkflow } from "../../workflows/driver/workflows/register-driver"
import { loadDriverProfile } from "./driver-profile"

/**
 * Makes a registration token (from `POST /auth/driver/emailpass/register`) the
 * login of the driver staff added with that email. Log in again afterwards: the
 * new token carries the driver.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await registerDriverWorkflow(req.scope).run({ input: { auth_identity_id: req.auth_context.auth_identity_id } })
  res.json({ driver: await loadDriverProfile(req.scope, result.driver_id) })
}
