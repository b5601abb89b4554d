import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { DeliveryEvents } from "../events"

/**
 * The events after which an order's live delivery view may read differently, as
 * Medusa 2.21 emits them (checked in core-flows): a fulfillment created or canceled
 * (`{ order_id }`: a collected order's "ready"), a shipment (`{ id }` of the
 * fulfillment: shipped), a delivery (`{ id }` of the fulfillment: delivered or
 * collected), a cancelled order (`{ id }`), and SweetSpot's own: an ETA recomputed
 * (`{ order_id }`) and a driver's new position (`{ order_ids }`).
 */
export const ORDER_DELIVERY_CHANGE_EVENTS = [
  OrderWorkflowEvents.FULFILLMENT_CREATED,
  OrderWorkflowEvents.FULFILLMENT_CANCELED,
  OrderWorkflowEvents.CANCELED,
  FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  FulfillmentWorkflowEvents.DELIVERY_CREATED,
  DeliveryEvents.ETA_UPDATED,
  DeliveryEvents.DRIVER_POSITION_UPDATED,
] as const

/** What an event's data names: orders directly, or fulfillments whose orders must be looked up. */
export type ChangedBy = { order_ids: string[] } | { fulfillment_ids: string[] }

const ids = (...values: unknown[]) => values.flat().filter((value): value is string => typeof value === "string" && value.length > 0)

/** Reads the orders (or fulfillments) an event's data names; nothing for an event that is not a change of an order's delivery. */
export function changedBy(eventName: string, data: Record<string, unknown> | null | undefined): ChangedBy {
  const payload = data ?? {}
  switch (eventName) {
    case OrderWorkflowEvents.FULFILLMENT_CREATED:
    case OrderWorkflowEvents.FULFILLMENT_CANCELED:
    case DeliveryEvents.ETA_UPDATED:
      return { order_ids: ids(payload.order_id) }
    case OrderWorkflowEvents.CANCELED:
      return { order_ids: ids(payload.id) }
    case FulfillmentWorkflowEvents.SHIPMENT_CREATED:
    case FulfillmentWorkflowEvents.DELIVERY_CREATED:
      return { fulfillment_ids: ids(payload.id) }
    case DeliveryEvents.DRIVER_POSITION_UPDATED:
      return { order_ids: ids(Array.isArray(payload.order_ids) ? payload.order_ids : []) }
    default:
      return { order_ids: [] }
  }
}

/** The orders an event changed, looking a fulfillment's order up through Medusa's order-fulfillment link. */
export async function ordersChangedBy(container: MedusaContainer, eventName: string, data: Record<string, unknown> | null | undefined) {
  const named = changedBy(eventName, data)
  if ("order_ids" in named) {
    return named.order_ids
  }
  if (!named.fulfillment_ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: named.fulfillment_ids },
  })
  return ids(links.map((link: { order_id?: unknown }) => link.order_id))
}
