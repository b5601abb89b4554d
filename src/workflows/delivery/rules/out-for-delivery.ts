import { fulfillmentKind } from "./collection-status"

type FulfillmentState = { shipped_at?: string | Date | null; delivered_at?: string | Date | null; canceled_at?: string | Date | null } | null

type OrderState = {
  status: string
  bakery?: { id: string } | null
  shipping_methods?: ({ data?: Record<string, unknown> | null } | null)[] | null
  fulfillments?: FulfillmentState[] | null
}

/** What `isOutForDelivery` reads of an order, for a query.graph on `order`. */
export const outForDeliveryFields = [
  "status",
  "bakery.id",
  "shipping_methods.data",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

/** Delivered, not collected, from a bakery, and not cancelled: an order the ETA engine may estimate. */
export function isDeliveredFromBakery(order: Omit<OrderState, "fulfillments">): boolean {
  return order.status !== "canceled" && !!order.bakery && fulfillmentKind(order) === "delivery"
}

/**
 * On its way to the shopper: a fulfillment shipped and neither delivered nor
 * cancelled, on an order that is not cancelled, delivered from a bakery. Never
 * a pickup order, whatever staff did with its fulfillment (it is collected).
 */
export function isOutForDelivery(order: OrderState): boolean {
  return isDeliveredFromBakery(order) && (order.fulfillments ?? []).some((f) => !!f?.shipped_at && !f.delivered_at && !f.canceled_at)
}
