import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { driverRegistrationRefused, registrableDriver } from "../../workflows/driver/utils/registrable-driver"

/**
 * Before Medusa's `POST /auth/driver/emailpass/register`: only an email staff
 * added to a bakery (active, not yet registered) may create a driver login, so
 * nobody else leaves a stray identity behind. Everyone else gets one answer,
 * whether their email exists anywhere or not.
 */
export async function driverRegistrationGate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const email = (req.body as { email?: unknown } | undefined)?.email
    if (typeof email !== "string" || !(await registrableDriver(req.scope, email))) {
      throw driverRegistrationRefused()
    }
    next()
  } catch (error) {
    next(error)
  }
}
