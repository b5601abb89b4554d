import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DELIVERY_STREAM_MODULE } from "../modules/delivery-stream"
import type DeliveryStreamModuleService from "../modules/delivery-stream/service"
import { ORDER_DELIVERY_CHANGE_EVENTS, ordersChangedBy } from "../workflows/delivery/utils/orders-changed-by"

/**
 * Tells the live delivery streams, in every server process, which orders changed:
 * only their ids; each stream reads its order again. Runs wherever subscribers run
 * (the worker, when server and worker are split). One subscriber for all the events
 * that change an order's delivery, as they all do the same thing.
 */
export default async function deliveryStreamPublishHandler({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  const orderIds = await ordersChangedBy(container, event.name, event.data)
  if (orderIds.length) {
    await container.resolve<DeliveryStreamModuleService>(DELIVERY_STREAM_MODULE).publish(orderIds)
  }
}

export const config: SubscriberConfig = {
  event: [...ORDER_DELIVERY_CHANGE_EVENTS],
  context: { subscriberId: "delivery-stream-publish" },
}
