import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/notifications/workflows/send-order-email"

/** The confirmation comes from here: Medusa's bundled one listens for order.created, which is never emitted. */
export default async function orderPlacedEmailHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.id, template: "order-confirmation", event: "order.placed", key: data.id },
  })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-confirmation-email" } }
