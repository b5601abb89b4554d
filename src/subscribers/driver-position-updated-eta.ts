import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryEvents } from "../workflows/delivery/events"
import { refreshDeliveryEtasWorkflow } from "../workflows/delivery/workflows/refresh-delivery-etas"

type DriverPositionUpdated = { driver_id: string; order_ids: string[]; refresh_etas: boolean }

/** A carrying driver moved: their orders' ETAs start from where they are (at most once per interval). */
export default async function driverPositionUpdatedEtaHandler({ event: { data }, container }: SubscriberArgs<DriverPositionUpdated>) {
  if (!data.refresh_etas || !data.order_ids?.length) {
    return
  }
  await refreshDeliveryEtasWorkflow(container).run({ input: { order_ids: data.order_ids } })
}

export const config: SubscriberConfig = { event: DeliveryEvents.DRIVER_POSITION_UPDATED, context: { subscriberId: "driver-position-eta" } }
