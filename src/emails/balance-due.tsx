import { Button, Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, formatMoney } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, DeliveryWindow } from "./order-summary"

const dueDate = (order: OrderEmailData) =>
  order.balance?.due_at
    ? new Intl.DateTimeFormat("en-GB", { timeZone: order.timezone, dateStyle: "full", timeStyle: "short" }).format(new Date(order.balance.due_at))
    : null

export const balanceDueSubject = (d: OrderEmailData) =>
  `Order #${d.display_id}: ${formatMoney(d.balance?.due ?? 0, d.currency_code)} left to pay`

export function BalanceDueEmail(order: OrderEmailData) {
  const due = formatMoney(order.balance?.due ?? 0, order.currency_code)
  const by = dueDate(order)
  return (
    <EmailLayout sender={order.sender} preview={`${due} left to pay for order #${order.display_id}`} heading="Your cake's balance is due">
      <Text>
        You paid a deposit for order #{order.display_id}. The balance of {due} is due{by ? ` by ${by}` : ""}: pay it online
        {order.fulfillment === "pickup" ? ", or when you collect your cakes" : ""}.
      </Text>
      {order.balance?.pay_url ? <Button href={order.balance.pay_url} style={{ backgroundColor: "#c2410c", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>Pay {due}</Button> : null}
      <CakeLines order={order} prices />
      <DeliveryWindow order={order} />
    </EmailLayout>
  )
}
