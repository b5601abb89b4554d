import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { applyCartDepositWorkflow } from "../workflows/deposit/workflows/apply-cart-deposit"

/**
 * Medusa sets a cart's payment collection back to the full total on every change;
 * a deposit cart's goes back to the deposit. (Making a payment session sets it
 * again first, and checkout refuses any other amount, so a change that emits no
 * event cannot slip through.)
 */
export default async function cartUpdatedDepositHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await applyCartDepositWorkflow(container).run({ input: { cart_id: data.id } })
}

export const config: SubscriberConfig = { event: "cart.updated", context: { subscriberId: "cart-deposit" } }
