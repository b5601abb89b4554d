import { MedusaContainer } from "@medusajs/framework/types"
import { balancePayUrl, storefrontUrl } from "../../../utils/storefront-url"
import { sendOrderEmailWorkflow } from "../../notifications/workflows/send-order-email"
import { cancelLapsedPaymentWorkflow } from "../workflows/cancel-lapsed-payment"
import { orderBalance } from "./order-balance"

/** The event the second balance email is recorded under. */
export const BALANCE_HOLD_LAPSED_EVENT = "order.balance_hold_lapsed"

/**
 * A payment session's provider cancelled its authorised payment: the payment is
 * cancelled in Medusa (the order owes that amount again), and when it was the
 * order's balance payment the shopper is asked again, with the same pay link, in
 * one email keyed by the lapsed payment. Answers what was cancelled, or null.
 */
export async function recordLapsedPayment(container: MedusaContainer, sessionId: string) {
  const { result } = await cancelLapsedPaymentWorkflow(container).run({ input: { session_id: sessionId } })
  if (!result) {
    return null
  }
  const balance = (await orderBalance(container, [result.order_id])).get(result.order_id)
  if (balance && !balance.cancelled && balance.due > 0 && balance.payment_collection_id === result.payment_collection_id) {
    await sendOrderEmailWorkflow(container).run({
      input: {
        order_id: result.order_id,
        template: "balance-due",
        event: BALANCE_HOLD_LAPSED_EVENT,
        key: result.payment_id,
        balance: { due: balance.due, due_at: balance.due_at, pay_url: balancePayUrl(result.order_id, result.payment_collection_id, storefrontUrl()) },
      },
    })
  }
  return result
}
