import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { calendarDays } from "../rules/delivery-slots"
import { SlotListingInput, slotListingTerms } from "../rules/slot-listing"
import { loadBakeryCalendar } from "../utils/bakery-calendar"

export type ListCalendarDaysInput = SlotListingInput & {
  /** First and last day, YYYY-MM-DD in the bakery's time zone. */
  from: string
  to: string
}

export const listCalendarDaysStepId = "list-calendar-days"

/**
 * How many windows each day from `from` to `to` has left, for a date picker:
 * the same windows and reasons as the day's listing, read with one query for
 * bookings and one for closures whatever the number of days. Writes nothing.
 */
export const listCalendarDaysStep = createStep(listCalendarDaysStepId, async (input: ListCalendarDaysInput, { container }) => {
  const now = new Date()
  const { bakery, lead_time_minutes, cakes } = slotListingTerms(input, { field: "from", date: input.from }, now)
  const { bookings, closures } = await loadBakeryCalendar(container, bakery.id, input.from, input.to)
  return new StepResponse(calendarDays(bakery, { from: input.from, to: input.to, now, lead_time_minutes, cakes, closures, bookings }))
})
