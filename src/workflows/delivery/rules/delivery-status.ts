/** The words shoppers see for an order's delivery. */
export type DeliveryStatus = "pending" | "shipped" | "delivered" | "cancelled"

type FulfillmentState = { shipped_at?: string | Date | null; delivered_at?: string | Date | null; canceled_at?: string | Date | null }

/**
 * Derived from Medusa's own order and fulfillment state, never stored twice: the
 * order's `status` stays "pending" through delivery, so its fulfillments tell
 * shipped (a shipment was created) and delivered (a delivery was created).
 */
export function deliveryStatus(order: { status: string; fulfillments?: (FulfillmentState | null)[] | null }): DeliveryStatus {
  if (order.status === "canceled") return "cancelled"
  const live = (order.fulfillments ?? []).filter((f): f is FulfillmentState => !!f && !f.canceled_at)
  if (live.some((f) => f.delivered_at)) return "delivered"
  if (live.some((f) => f.shipped_at)) return "shipped"
  return "pending"
}
