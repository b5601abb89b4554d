import { MedusaContainer } from "@medusajs/framework/types"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

/** Where the driver who carries an order is, as a shopper may see it: first name only, the latest position and its time. */
export type OrderDriverView = {
  first_name: string | null
  latitude: number
  longitude: number
  /** When the driver's phone recorded the position (ISO). */
  updated_at: string
}

/**
 * The driver carrying the order (picked up, not yet delivered) with their latest
 * position, or null when no driver carries it or they have sent no position yet.
 * Only the first word of the driver's name leaves: shoppers see "Ana", not her
 * surname, email or phone.
 */
export async function orderDriverView(container: MedusaContainer, orderId: string): Promise<OrderDriverView | null> {
  const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
  const [carried] = await drivers.listDeliveryAssignments(
    { order_id: orderId, picked_up_at: { $ne: null }, completed_at: null },
    { relations: ["driver"] }
  )
  const driver = carried?.driver
  if (!driver || driver.latitude === null || driver.longitude === null || !driver.position_recorded_at) {
    return null
  }
  return {
    first_name: driver.name.trim().split(/\s+/)[0] || null,
    latitude: driver.latitude,
    longitude: driver.longitude,
    updated_at: new Date(driver.position_recorded_at).toISOString(),
  }
}
