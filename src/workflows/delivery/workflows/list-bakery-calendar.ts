import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listCalendarDaysStep } from "../steps/list-calendar-days"
import { loadSlotListing, SlotListingRequest } from "../utils/load-slot-listing"

export type ListBakeryCalendarWorkflowInput = SlotListingRequest & {
  /** First and last day (at most 62), YYYY-MM-DD in the bakery's time zone. */
  from: string
  to: string
}

export const listBakeryCalendarWorkflowId = "list-bakery-calendar"

/** An active bakery's days with how many windows each has left: a date picker's month in one call. */
export const listBakeryCalendarWorkflow = createWorkflow(listBakeryCalendarWorkflowId, (input: ListBakeryCalendarWorkflowInput) => {
  const listing = loadSlotListing(input)
  const days = listCalendarDaysStep(transform({ input, listing }, ({ input, listing }) => ({ ...listing, from: input.from, to: input.to })))
  return new WorkflowResponse(days)
})
