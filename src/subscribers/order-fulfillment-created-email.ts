import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/notifications/workflows/send-order-email"

type FulfillmentCreated = { order_id: string; fulfillment_id: string; no_notification?: boolean }

export default async function orderFulfillmentCreatedEmailHandler({ event: { data }, container }: SubscriberArgs<FulfillmentCreated>) {
  if (data.no_notification) {
    return
  }
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.order_id, template: "order-preparing", event: "order.fulfillment_created", key: data.fulfillment_id },
  })
}

export const config: SubscriberConfig = { event: "order.fulfillment_created", context: { subscriberId: "order-preparing-email" } }
