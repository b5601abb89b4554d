import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryWindows, NO_BOOKINGS } from "../rules/delivery-slots"
import { loadBakeryCalendar } from "../utils/bakery-calendar"
import { SlotListingInput, slotListingTerms } from "../rules/slot-listing"

export type ListDeliveryWindowsInput = SlotListingInput & {
  /** YYYY-MM-DD in the bakery's time zone. */
  date: string
}

export const listDeliveryWindowsStepId = "list-delivery-windows"

/**
 * The bakery's windows on a day, each available or not with its reason: an
 * inactive or unknown bakery is a 404, a day already past a 400, collection from
 * a bakery that does not offer it a 400. With a cart of this bakery, its cakes
 * count against capacity and its slowest cake's lead time applies. Writes nothing.
 */
export const listDeliveryWindowsStep = createStep(listDeliveryWindowsStepId, async (input: ListDeliveryWindowsInput, { container }) => {
  const now = new Date()
  const { bakery, lead_time_minutes, cakes } = slotListingTerms(input, { field: "date", date: input.date }, now)
  const { bookings, closures } = await loadBakeryCalendar(container, bakery.id, input.date, input.date)
  return new StepResponse(
    deliveryWindows(bakery, { date: input.date, now, lead_time_minutes, cakes, closures, bookings: bookings[input.date] ?? NO_BOOKINGS })
  )
})
