import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderDeliverySlotWorkflow } from "../workflows/delivery/workflows/release-order-delivery-slot"

/** A cancelled order's cakes no longer count against the bakery's day. */
export default async function orderCanceledReleaseSlotHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderDeliverySlotWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "release-delivery-slot" } }
