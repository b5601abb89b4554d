import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshDeliveryEtasWorkflow } from "../workflows/delivery/workflows/refresh-delivery-etas"

/** A cake that just left the bakery gets its first ETA right away. */
export default async function shipmentCreatedEtaHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await refreshDeliveryEtasWorkflow(container).run({ input: { fulfillment_ids: [data.id] } })
}

export const config: SubscriberConfig = { event: "shipment.created", context: { subscriberId: "first-delivery-eta" } }
