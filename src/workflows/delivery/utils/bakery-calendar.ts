import { MedusaContainer } from "@medusajs/framework/types"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import type { Closure, DayBookings } from "../rules/delivery-slots"

export type BakeryCalendar = {
  /** Per day (YYYY-MM-DD): cakes booked by placed, not cancelled orders. */
  bookings: Record<string, DayBookings>
  /** The closures touching the days asked for. */
  closures: Closure[]
}

/**
 * What the slot rules need to know of a bakery's days from `from` to `to` (both
 * included): two queries whatever the number of days.
 */
export async function loadBakeryCalendar(container: MedusaContainer, bakeryId: string, from: string, to: string): Promise<BakeryCalendar> {
  const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const bakeries: BakeryModuleService = container.resolve(BAKERY_MODULE)
  const [bookings, closures] = await Promise.all([
    delivery.bookingsBetween(bakeryId, from, to),
    bakeries.listBakeryClosures({ bakery_id: bakeryId, from: { $lte: to }, to: { $gte: from } }, { select: ["from", "to", "reason"] }),
  ])
  return { bookings, closures: closures.map(({ from, to, reason }) => ({ from, to, reason: reason ?? null })) }
}
