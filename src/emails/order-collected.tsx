import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout } from "./layout"
import { OrderEmailData } from "./order-email-data"

export const orderCollectedSubject = (d: OrderEmailData) => `Collected: order #${d.display_id}`

/** A pickup order was handed over at the bakery. */
export function OrderCollectedEmail(order: OrderEmailData) {
  return (
    <EmailLayout sender={order.sender} preview="You collected your cakes" heading="Collected. Enjoy!">
      <Text>You collected order #{order.display_id} from {order.sender.name}. We hope it makes the day.</Text>
    </EmailLayout>
  )
}
