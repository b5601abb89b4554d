import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, formatTime } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, TrackingLink } from "./order-summary"

export const arrivingSoonSubject = (d: OrderEmailData) => `Your cakes are almost there (order #${d.display_id})`

export function ArrivingSoonEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview="Your cakes are almost there" heading="Almost there!">
      <Text>
        The driver from {order.sender.name} is close
        {order.eta_at ? `: expect your cakes at about ${formatTime(order.eta_at, order.timezone)}` : ""}. Please be ready to take them in.
      </Text>
      <CakeLines order={order} />
      <TrackingLink order={order} label="Track your delivery" />
    </EmailLayout>
  )
}
