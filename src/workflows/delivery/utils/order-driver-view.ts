import { MedusaContainer } from "@medusajs/framework/types"

/** Where the driver who carries an order is, as a shopper may see it: first name only, the latest position and its time. */
export type OrderDriverView = {
  first_name: string | null
  latitude: number
  longitude: number
  /** When the driver's phone recorded the position (ISO). */
  updated_at: string
}

/**
 * Answers the driver carrying the order (claimed and picked up, not yet delivered) with their latest
 * position, or null when no driver carries it. A stub until drivers land: no order has a driver yet.
 */
export async function orderDriverView(_container: MedusaContainer, _orderId: string): Promise<OrderDriverView | null> {
  return null
}
