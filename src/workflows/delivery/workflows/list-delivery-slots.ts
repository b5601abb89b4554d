import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listDeliveryWindowsStep } from "../steps/list-delivery-windows"
import { loadSlotListing, SlotListingRequest } from "../utils/load-slot-listing"

export type ListDeliverySlotsWorkflowInput = SlotListingRequest & {
  /** YYYY-MM-DD in the bakery's time zone. */
  date: string
}

export const listDeliverySlotsWorkflowId = "list-delivery-slots"

/** An active bakery's windows on a day, each available or not with its reason, for browsing or for a cart. */
export const listDeliverySlotsWorkflow = createWorkflow(listDeliverySlotsWorkflowId, (input: ListDeliverySlotsWorkflowInput) => {
  const listing = loadSlotListing(input)
  const slots = listDeliveryWindowsStep(transform({ input, listing }, ({ input, listing }) => ({ ...listing, date: input.date })))
  return new WorkflowResponse(slots)
})
