/** The events SweetSpot's delivery workflows emit, as Medusa names its own (`OrderWorkflowEvents`). */
export const DeliveryEvents = {
  /** An order's ETA was recomputed: `{ order_id, eta_at, source }` per order. */
  ETA_UPDATED: "delivery.eta_updated",
  /** An order's ETA fell under the threshold, once per order: `{ order_id, eta_at }`. */
  ARRIVING_SOON: "delivery.arriving_soon",
  /** The driver carrying these orders sent a new position: `{ order_ids }`. */
  DRIVER_POSITION_UPDATED: "delivery.driver_position_updated",
} as const
