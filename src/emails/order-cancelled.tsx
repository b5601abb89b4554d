import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, formatMoney } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, MoneyLines } from "./order-summary"

export const orderCancelledSubject = (d: OrderEmailData) => `Order #${d.display_id} was cancelled`

/** What happened to the money: nothing was taken (payment in full, only authorised), or what went back and what the bakery kept. */
function Refund({ order }: { order: OrderEmailData }) {
  const refunded = order.payments?.refunded ?? 0
  const kept = Math.max(0, order.payments?.paid ?? 0)
  if (refunded <= 0 && kept <= 0) {
    return (
      <Text>
        {order.sender.name} cancelled order #{order.display_id}. Any payment of {formatMoney(order.money.total, order.currency_code)} is refunded to
        you.
      </Text>
    )
  }
  return (
    <Text>
      {order.sender.name} cancelled order #{order.display_id}.{" "}
      {refunded > 0 ? `We refunded ${formatMoney(refunded, order.currency_code)} to you.` : "No refund is due."}
      {kept > 0 ? ` ${order.sender.name} kept ${formatMoney(kept, order.currency_code)} of what you paid, as its cancellation terms allow.` : ""}
    </Text>
  )
}

export function OrderCancelledEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview={`Order #${order.display_id} cancelled`} heading="Your order was cancelled">
      <Refund order={order} />
      <CakeLines order={order} prices />
      <MoneyLines order={order} />
    </EmailLayout>
  )
}
