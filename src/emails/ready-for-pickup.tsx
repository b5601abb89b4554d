import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, DeliveryWindow, OpeningHoursList } from "./order-summary"

export const readyForPickupSubject = (d: OrderEmailData) => `Ready to collect: order #${d.display_id}`

/** A pickup order's cakes are all ready at the bakery: where to come, when, and its opening hours. */
export function ReadyForPickupEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview="Your cakes are ready to collect" heading="Your cakes are ready to collect">
      <Text>Order #{order.display_id} is ready at {order.sender.name}.</Text>
      {order.sender.address ? <Text>Collect from: {order.sender.address}</Text> : null}
      <DeliveryWindow order={order} />
      <CakeLines order={order} />
      <OpeningHoursList hours={order.opening_hours} />
    </EmailLayout>
  )
}
