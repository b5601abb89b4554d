import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import { SlotListingInput } from "../rules/slot-listing"
import { listCalendarDaysStep } from "../steps/list-calendar-days"
import { deliveryBakeryFields, loadCartDeliveryContextStep } from "../steps/load-cart-delivery-context"

export type ListBakeryCalendarWorkflowInput = {
  bakery_id: string
  /** First and last day (at most 62), YYYY-MM-DD in the bakery's time zone. */
  from: string
  to: string
  fulfillment?: FulfillmentKind
  cart_id?: string
  customer_id?: string | null
}

export const listBakeryCalendarWorkflowId = "list-bakery-calendar"

/** An active bakery's days with how many windows each has left: a date picker's month in one call. */
export const listBakeryCalendarWorkflow = createWorkflow(listBakeryCalendarWorkflowId, (input: ListBakeryCalendarWorkflowInput) => {
  const { data: bakeries } = useQueryGraphStep({
    entity: "bakery",
    fields: deliveryBakeryFields,
    filters: transform({ input }, ({ input }) => ({ id: input.bakery_id, is_active: true })),
  }).config({ name: "get-calendar-bakery" })
  const context = when({ input }, ({ input }) => !!input.cart_id).then(() =>
    loadCartDeliveryContextStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id!, customer_id: input.customer_id })))
  )
  const days = listCalendarDaysStep(
    transform({ input, bakeries, context }, ({ input, bakeries, context }) => ({
      bakery_id: input.bakery_id,
      // The bakery's opening hours are a JSON column, which the generated types leave untyped.
      bakery: bakeries[0] as unknown as SlotListingInput["bakery"],
      fulfillment: input.fulfillment ?? "delivery",
      from: input.from,
      to: input.to,
      context: context ?? null,
    }))
  )
  return new WorkflowResponse(days)
})
