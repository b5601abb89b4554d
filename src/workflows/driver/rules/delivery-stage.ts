/** Where a delivery order stands for the bakery's drivers. */
export const DELIVERY_STAGES = ["preparing", "ready", "claimed", "out_for_delivery", "delivered", "cancelled"] as const
export type DeliveryStage = (typeof DELIVERY_STAGES)[number]

/** What `deliveryStage` reads of a fulfillment (Medusa's). */
export type FulfillmentState = {
  id: string
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
}

/** What `deliveryStage` reads of an assignment (the driver module's). */
export type AssignmentState = {
  driver_id: string
  picked_up_at?: string | Date | null
  completed_at?: string | Date | null
} | null

/** The fulfillment a driver takes: the one staff prepared and nobody has shipped or cancelled. */
export function preparedFulfillment<F extends FulfillmentState>(fulfillments: (F | null)[] | null | undefined): F | null {
  return (fulfillments ?? []).find((f): f is F => !!f && !f.canceled_at && !f.shipped_at && !f.delivered_at) ?? null
}

/** The fulfillment out with a driver: shipped, not delivered, not cancelled. */
export function shippedFulfillment<F extends FulfillmentState>(fulfillments: (F | null)[] | null | undefined): F | null {
  return (fulfillments ?? []).find((f): f is F => !!f && !f.canceled_at && !!f.shipped_at && !f.delivered_at) ?? null
}

/**
 * A delivery order's stage, from Medusa's order and fulfillments and the driver
 * module's assignment, never stored twice: `ready` once staff prepared it (a
 * fulfillment, not shipped) and no driver holds it, `claimed` once one does,
 * `out_for_delivery` once picked up (Medusa's shipment), `delivered` once every
 * fulfillment that left arrived (Medusa's mark-as-delivered).
 */
export function deliveryStage(order: {
  status: string
  fulfillments?: (FulfillmentState | null)[] | null
  assignment?: AssignmentState
}): DeliveryStage {
  if (order.status === "canceled") return "cancelled"
  const fulfillments = (order.fulfillments ?? []).filter((f): f is FulfillmentState => !!f && !f.canceled_at)
  if (fulfillments.length && fulfillments.every((f) => !!f.delivered_at)) return "delivered"
  if (fulfillments.some((f) => !!f.shipped_at && !f.delivered_at)) return "out_for_delivery"
  if (!preparedFulfillment(fulfillments)) return "preparing"
  return order.assignment ? "claimed" : "ready"
}
