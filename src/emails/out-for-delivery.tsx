import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, formatTime } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, DeliveryWindow, TrackingLink } from "./order-summary"

export const outForDeliverySubject = (d: OrderEmailData) => `Your cakes are on their way (order #${d.display_id})`

export function OutForDeliveryEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview="Your cakes are on their way" heading="Your cakes are on their way">
      <Text>Order #{order.display_id} has left {order.sender.name}.</Text>
      {order.eta_at ? <Text>Expected at about {formatTime(order.eta_at, order.timezone)}.</Text> : <DeliveryWindow order={order} />}
      <CakeLines order={order} />
      <TrackingLink order={order} label="Track your delivery" />
    </EmailLayout>
  )
}
