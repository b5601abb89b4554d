import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkCartCakesToCustomerWorkflow } from "../workflows/cake/workflows/link-cart-cakes-to-customer"

/** When a guest logs in and takes over their cart, their cake choices become theirs too. */
export default async function cartCustomerTransferredHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await linkCartCakesToCustomerWorkflow(container).run({ input: { cart_id: data.id } })
}

export const config: SubscriberConfig = { event: "cart.customer_transferred" }
