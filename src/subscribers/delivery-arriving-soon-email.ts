import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryEvents } from "../workflows/delivery/events"
import { sendOrderEmailWorkflow } from "../workflows/notifications/workflows/send-order-email"

/** The ETA engine's own event: the driver is close. Sent once per order. */
export type DeliveryArrivingSoon = { order_id: string; eta_at: string }

export default async function deliveryArrivingSoonEmailHandler({ event: { data }, container }: SubscriberArgs<DeliveryArrivingSoon>) {
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.order_id, template: "arriving-soon", event: DeliveryEvents.ARRIVING_SOON, key: data.order_id, eta_at: data.eta_at },
  })
}

export const config: SubscriberConfig = { event: DeliveryEvents.ARRIVING_SOON, context: { subscriberId: "arriving-soon-email" } }
