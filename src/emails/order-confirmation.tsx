import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, formatMoney } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, DeliveryWindow } from "./order-summary"

export const orderConfirmationSubject = (d: OrderEmailData) => `Your cake order #${d.display_id} is confirmed`

export function OrderConfirmationEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview={`Order #${order.display_id} confirmed`} heading={`Thank you${order.customer_name ? `, ${order.customer_name}` : ""}!`}>
      <Text>
        {order.sender.name} has your order #{order.display_id}.
      </Text>
      <CakeLines order={order} />
      <Text>Subtotal: {formatMoney(order.subtotal, order.currency_code)}</Text>
      <Text>Delivery: {formatMoney(order.shipping_total, order.currency_code)}</Text>
      <Text style={{ fontWeight: "bold" }}>Total: {formatMoney(order.total, order.currency_code)}</Text>
      <DeliveryWindow order={order} />
    </EmailLayout>
  )
}
