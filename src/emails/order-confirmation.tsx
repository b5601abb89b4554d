import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, DeliveryWindow, MoneyLines, TrackingLink } from "./order-summary"

export const orderConfirmationSubject = (d: OrderEmailData) => `Your cake order #${d.display_id} is confirmed`

export function OrderConfirmationEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview={`Order #${order.display_id} confirmed`} heading={`Thank you${order.customer_name ? `, ${order.customer_name}` : ""}!`}>
      <Text>
        {order.sender.name} has your order #{order.display_id}.
      </Text>
      <CakeLines order={order} prices />
      <MoneyLines order={order} />
      <DeliveryWindow order={order} />
      <TrackingLink order={order} label="Follow your order" />
    </EmailLayout>
  )
}
