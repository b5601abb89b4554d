import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout } from "./layout"
import { OrderEmailData } from "./order-email-data"
import { CakeLines, DeliveryWindow } from "./order-summary"

export const orderPreparingSubject = (d: OrderEmailData) => `Your cakes are being prepared (order #${d.display_id})`

export function OrderPreparingEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview="Your cakes are in the kitchen" heading="Your cakes are being prepared">
      <Text>{order.sender.name} is baking order #{order.display_id}.</Text>
      <CakeLines order={order} />
      <DeliveryWindow order={order} />
    </EmailLayout>
  )
}
