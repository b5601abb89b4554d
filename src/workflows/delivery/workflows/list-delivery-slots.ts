import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import { SlotListingInput } from "../rules/slot-listing"
import { listDeliveryWindowsStep } from "../steps/list-delivery-windows"
import { deliveryBakeryFields, loadCartDeliveryContextStep } from "../steps/load-cart-delivery-context"

export type ListDeliverySlotsWorkflowInput = {
  bakery_id: string
  /** YYYY-MM-DD in the bakery's time zone. */
  date: string
  /** Collected or delivered (default delivery). */
  fulfillment?: FulfillmentKind
  /** The shopper's cart, when the windows are for it. */
  cart_id?: string
  /** The logged-in shopper, if any: a registered shopper's cart is theirs alone. */
  customer_id?: string | null
}

export const listDeliverySlotsWorkflowId = "list-delivery-slots"

/** An active bakery's windows on a day, for browsing or for a cart. */
export const listDeliverySlotsWorkflow = createWorkflow(listDeliverySlotsWorkflowId, (input: ListDeliverySlotsWorkflowInput) => {
  const { data: bakeries } = useQueryGraphStep({
    entity: "bakery",
    fields: deliveryBakeryFields,
    filters: transform({ input }, ({ input }) => ({ id: input.bakery_id, is_active: true })),
  }).config({ name: "get-slot-bakery" })
  const context = when({ input }, ({ input }) => !!input.cart_id).then(() =>
    loadCartDeliveryContextStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id!, customer_id: input.customer_id })))
  )
  const slots = listDeliveryWindowsStep(
    transform({ input, bakeries, context }, ({ input, bakeries, context }) => ({
      bakery_id: input.bakery_id,
      // The bakery's opening hours are a JSON column, which the generated types leave untyped.
      bakery: bakeries[0] as unknown as SlotListingInput["bakery"],
      fulfillment: input.fulfillment ?? "delivery",
      date: input.date,
      context: context ?? null,
    }))
  )
  return new WorkflowResponse(slots)
})
