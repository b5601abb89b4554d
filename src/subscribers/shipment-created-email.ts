import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendFulfillmentEmailWorkflow } from "../workflows/notifications/workflows/send-fulfillment-email"

export default async function shipmentCreatedEmailHandler({ event: { data }, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (data.no_notification) {
    return
  }
  await sendFulfillmentEmailWorkflow(container).run({
    input: { fulfillment_id: data.id, template: "out-for-delivery", event: "shipment.created" },
  })
}

export const config: SubscriberConfig = { event: "shipment.created", context: { subscriberId: "out-for-delivery-email" } }
