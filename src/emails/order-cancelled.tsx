import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, formatMoney } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, MoneyLines } from "./order-summary"

export const orderCancelledSubject = (d: OrderEmailData) => `Order #${d.display_id} was cancelled`

export function OrderCancelledEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview={`Order #${order.display_id} cancelled`} heading="Your order was cancelled">
      <Text>
        {order.sender.name} cancelled order #{order.display_id}. Any payment of {formatMoney(order.money.total, order.currency_code)} is refunded to
        you.
      </Text>
      <CakeLines order={order} prices />
      <MoneyLines order={order} />
    </EmailLayout>
  )
}
