import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { trackOrdersOutForDeliveryWorkflow } from "../workflows/delivery/workflows/track-orders-out-for-delivery"

/** `delivery.created` names the fulfillment; the others the order (`id`, or `order_id` for a cancelled fulfillment). */
type OrderOrFulfillmentEvent = { id?: string; order_id?: string }

/**
 * A delivery, a cancellation or an order update (its address) changes whether
 * or where an order is delivered: the list of orders out for delivery, which the
 * scheduled ETA refresh reads, follows it. Medusa's admin routes and ours emit
 * these events alike. (A shipment is followed by the first ETA's own refresh.)
 */
export default async function trackOrdersOutForDeliveryHandler({ event: { name, data }, container }: SubscriberArgs<OrderOrFulfillmentEvent>) {
  const input = name === "delivery.created" ? { fulfillment_ids: [data.id!] } : { order_ids: [(data.order_id ?? data.id)!] }
  await trackOrdersOutForDeliveryWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: ["delivery.created", "order.canceled", "order.fulfillment_canceled", "order.updated"],
  context: { subscriberId: "track-orders-out-for-delivery" },
}
