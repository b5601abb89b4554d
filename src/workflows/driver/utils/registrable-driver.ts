import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

/**
 * The one answer to anyone who may not register as a driver, whether their
 * email is unknown, someone else's login, a removed or deactivated driver's, or
 * already registered: nothing tells them which.
 */
export const driverRegistrationRefused = () =>
  new MedusaError(MedusaError.Types.UNAUTHORIZED, "This email cannot register as a driver: ask your bakery to add you first")

/** The active driver staff added with this email who has not registered yet, if any. */
export async function registrableDriver(container: MedusaContainer, email: string) {
  const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
  const [driver] = await drivers.listDrivers(
    { email: email.trim().toLowerCase(), is_active: true, auth_identity_id: null },
    { select: ["id", "email"] }
  )
  return driver ?? null
}
