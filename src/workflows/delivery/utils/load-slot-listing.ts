import { transform, when } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import { SlotListingInput } from "../rules/slot-listing"
import { deliveryBakeryFields, loadCartDeliveryContextStep } from "../steps/load-cart-delivery-context"

export type SlotListingRequest = {
  bakery_id: string
  /** Collected or delivered (default delivery). */
  fulfillment?: FulfillmentKind
  /** The shopper's cart, when the windows are for it. */
  cart_id?: string
  /** The logged-in shopper, if any: a registered shopper's cart is theirs alone. */
  customer_id?: string | null
}

/**
 * The first steps of a window listing (one day or a month), for use inside a
 * workflow's definition: the active bakery and, with `cart_id`, the shopper's
 * cart's delivery context (a cart that is not theirs is a 404).
 */
export function loadSlotListing(input: SlotListingRequest) {
  const { data: bakeries } = useQueryGraphStep({
    entity: "bakery",
    fields: deliveryBakeryFields,
    filters: transform({ input }, ({ input }) => ({ id: input.bakery_id, is_active: true })),
  }).config({ name: "get-slot-bakery" })
  const context = when("slots-for-a-cart", { input }, ({ input }) => !!input.cart_id).then(() =>
    loadCartDeliveryContextStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id!, customer_id: input.customer_id })))
  )
  return transform({ input, bakeries, context }, ({ input, bakeries, context }): SlotListingInput => ({
    bakery_id: input.bakery_id,
    // The bakery's opening hours are a JSON column, which the generated types leave untyped.
    bakery: bakeries[0] as unknown as SlotListingInput["bakery"],
    fulfillment: input.fulfillment ?? "delivery",
    context: context ?? null,
  }))
}
