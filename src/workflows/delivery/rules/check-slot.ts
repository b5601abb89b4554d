import { MedusaError } from "@medusajs/framework/utils"
import { zonedDate } from "../../../utils/zoned-time"
import { Closure, DayBookings, deliveryWindows, DeliveryWindow, SlotBakery } from "./delivery-slots"

export type SlotCheck = {
  now: Date
  lead_time_minutes: number
  bookings: DayBookings
  cakes: number
  closures: Closure[]
}

/** What a shopper reads when a window cannot be booked, per reason. */
export function unavailableMessage(
  bakery: Pick<SlotBakery, "order_cutoff"> & { name: string },
  window: DeliveryWindow,
  date: string,
  leadTimeMinutes: number
): string {
  switch (window.unavailable_reason) {
    case "past":
      return `The window at ${window.starts_at} has already started; choose a later one`
    case "closed":
      return `${bakery.name} is closed on ${date}${window.closure_reason ? ` (${window.closure_reason})` : ""}; choose another day`
    case "lead_time":
      return `The window at ${window.starts_at} is too soon: ${bakery.name} needs ${leadTimeMinutes} minutes to bake; choose a later one`
    case "cutoff":
      return `Orders for ${date} closed at ${bakery.order_cutoff} (${bakery.name}'s time); choose a later day`
    default:
      return `${bakery.name} is fully booked on ${date} at ${window.starts_at}; choose another window or day`
  }
}

/**
 * Finds the bakery's window starting at `startsAt` and checks it can still take
 * these cakes; throws INVALID_DATA saying why not. Answers the window and its day.
 */
export function checkSlot(bakery: SlotBakery & { name: string }, startsAt: Date, check: SlotCheck) {
  const date = zonedDate(startsAt, bakery.timezone)
  const window = deliveryWindows(bakery, { ...check, date }).find((w) => w.starts_at === startsAt.toISOString())
  if (!window) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `starts_at: ${startsAt.toISOString()} is not one of ${bakery.name}'s windows on ${date}; list them with GET /store/bakeries/:id/delivery-slots?date=${date}`
    )
  }
  if (!window.available) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, unavailableMessage(bakery, window, date, check.lead_time_minutes))
  }
  return { date, starts_at: window.starts_at, ends_at: window.ends_at }
}
