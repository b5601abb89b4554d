import { MedusaError } from "@medusajs/framework/utils"
import { deliveryWindows, SlotBakery } from "./delivery-slots"
import { zonedDate } from "../../../utils/zoned-time"

/**
 * Finds the bakery's window starting at `startsAt` and checks it can still take
 * these cakes; throws INVALID_DATA saying why not. Answers the window and its day.
 */
export function checkSlot(
  bakery: SlotBakery & { name: string },
  startsAt: Date,
  { now, lead_time_minutes, booked_cakes, cakes }: { now: Date; lead_time_minutes: number; booked_cakes: number; cakes: number }
) {
  const date = zonedDate(startsAt, bakery.timezone)
  const window = deliveryWindows(bakery, { date, now, lead_time_minutes, booked_cakes, cakes }).find(
    (w) => w.starts_at === startsAt.toISOString()
  )
  if (!window) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `starts_at: ${startsAt.toISOString()} is not one of ${bakery.name}'s delivery windows on ${date}; list them with GET /store/bakeries/:id/delivery-slots?date=${date}`
    )
  }
  if (!window.available) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      window.unavailable_reason === "capacity"
        ? `${bakery.name} is fully booked on ${date}; choose another day`
        : `The delivery window at ${window.starts_at} is too soon: ${bakery.name} needs ${lead_time_minutes} minutes to bake; choose a later one`
    )
  }
  return { date, starts_at: window.starts_at, ends_at: window.ends_at }
}
