import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

/**
 * The driver a token names, if they still may work: removed or deactivated
 * drivers get the 401 of a token that no longer works.
 */
export async function loadActiveDriver(container: MedusaContainer, driverId: string) {
  const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
  const [driver] = await drivers.listDrivers({ id: driverId }, {
    select: ["id", "bakery_id", "name", "email", "phone", "is_active", "latitude", "longitude", "accuracy_m", "position_recorded_at", "etas_refreshed_at"],
  })
  if (!driver || !driver.is_active) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This driver account is not active: ask your bakery")
  }
  return driver
}
