import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderProgress, orderProgressFields } from "../../workflows/delivery/rules/collection-status"
import { orderDriverView, OrderDriverView } from "../../workflows/delivery/utils/order-driver-view"
import { deliveryEstimateFields, estimateView } from "../../workflows/delivery/utils/delivery-estimate-view"

const orderDeliveryFields = ["id", "customer_id", ...orderProgressFields, "delivery_slot.starts_at", "delivery_slot.ends_at", ...deliveryEstimateFields]

/** What `orderDeliveryFields` read of an order. */
type OrderDeliveryState = Parameters<typeof orderProgress>[0] & {
  delivery_slot?: { starts_at: unknown; ends_at: unknown } | null
  delivery_estimate?: Parameters<typeof estimateView>[0]
}

/** An order's `delivery` from what `orderDeliveryFields` read. */
function deliveryOf(order: OrderDeliveryState) {
  const slot = order.delivery_slot
  const progress = orderProgress(order)
  return {
    ...progress,
    slot: slot ? { starts_at: slot.starts_at as string, ends_at: slot.ends_at as string } : null,
    estimate: progress.fulfillment === "pickup" ? null : estimateView(order.delivery_estimate),
  }
}

/** An order's `delivery`, as `GET /store/orders/:id/delivery` answers it. */
export type OrderDelivery = ReturnType<typeof deliveryOf>

/** The order's owner (for the store routes' check) and its delivery. */
export type LoadedOrderDelivery = { customer_id: string | null; delivery: OrderDelivery }

/**
 * Where an order is, read from the database in one query: collect or deliver, the status in
 * shoppers' words, the booked slot, the ETA (never for a pickup order); null when there is no
 * such order. The JSON route and the live streams answer from it, so they always agree.
 */
export async function loadOrderDelivery(container: MedusaContainer, orderId: string): Promise<LoadedOrderDelivery | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: orderDeliveryFields,
    filters: { id: orderId },
  })
  return order ? { customer_id: order.customer_id ?? null, delivery: deliveryOf(order) } : null
}

/** The stream's view: the delivery plus, only while a driver carries the order, the driver's first name and latest position. */
export type LiveOrderDelivery = { customer_id: string | null; delivery: OrderDelivery & { driver?: OrderDriverView } }

/** `loadOrderDelivery` and the driver carrying the order, if any. */
export async function loadLiveOrderDelivery(container: MedusaContainer, orderId: string): Promise<LiveOrderDelivery | null> {
  const [loaded, driver] = await Promise.all([loadOrderDelivery(container, orderId), orderDriverView(container, orderId)])
  if (!loaded) {
    return null
  }
  return { customer_id: loaded.customer_id, delivery: driver ? { ...loaded.delivery, driver } : loaded.delivery }
}
