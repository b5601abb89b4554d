import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout } from "./layout"
import { OrderEmailData } from "./order-email-data"

export const orderDeliveredSubject = (d: OrderEmailData) => `Delivered: order #${d.display_id}`

export function OrderDeliveredEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview="Your cakes were delivered" heading="Delivered. Enjoy!">
      <Text>Order #{order.display_id} from {order.sender.name} was delivered. We hope it makes the day.</Text>
    </EmailLayout>
  )
}
