import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/notifications/workflows/send-order-email"

export default async function orderCanceledEmailHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.id, template: "order-cancelled", event: "order.canceled", key: data.id },
  })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "order-cancelled-email" } }
