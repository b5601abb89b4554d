import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendFulfillmentEmailWorkflow } from "../workflows/notifications/workflows/send-fulfillment-email"

export default async function deliveryCreatedEmailHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendFulfillmentEmailWorkflow(container).run({
    input: { fulfillment_id: data.id, template: "order-delivered", event: "delivery.created" },
  })
}

export const config: SubscriberConfig = { event: "delivery.created", context: { subscriberId: "order-delivered-email" } }
