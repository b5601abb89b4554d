import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { balancePayUrl, storefrontUrl } from "../../../utils/storefront-url"
import { sendOrderEmailWorkflow } from "../../notifications/workflows/send-order-email"
import { payOrderBalanceWorkflow } from "../workflows/pay-order-balance"
import { requestOrderBalanceWorkflow } from "../workflows/request-order-balance"
import { balanceCandidateOrderIds } from "./balance-candidates"
import { orderBalance, orderBalanceLockKey } from "./order-balance"

/** The event the balance email is recorded under. */
export const BALANCE_REQUESTED_EVENT = "order.balance_requested"

/**
 * One run of the balance job at `now` (injected, so tests choose the day): each
 * deposit order whose balance has fallen due gets its balance payment collection
 * and one email with the pay link (keyed by the collection, so a rerun never
 * sends it twice), under a lock per order. A balance payment authorised but never
 * captured (a provider's webhook authorised it and the shopper's storefront never
 * called the pay route) is captured, before the card's hold expires. One order's
 * failure is logged and does not stop the others; the next run tries it again.
 * Answers the orders asked to pay.
 */
export async function requestOrderBalances(container: MedusaContainer, now: Date = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const requested: { order_id: string; payment_collection_id: string; due: number }[] = []
  const locking = container.resolve(Modules.LOCKING)
  const candidates = await balanceCandidateOrderIds(container, now)
  const balances = await orderBalance(container, candidates, now)
  for (const orderId of candidates) {
    try {
      if (balances.get(orderId)?.held_payment_id) {
        // What the pay route does for a held payment, under the same lock: capture it.
        await payOrderBalanceWorkflow(container).run({ input: { order_id: orderId } })
        continue
      }
      // One run at a time per order, across processes with the Redis locking provider: two
      // runs at once (two workers' jobs, or a job and a retry) would each find no
      // collection yet and each make one, with its own email.
      const asked = await locking.execute(
        orderBalanceLockKey(orderId),
        async () => {
          const { result } = await requestOrderBalanceWorkflow(container).run({ input: { order_id: orderId, now: now.toISOString() } })
          if (!result?.payment_collection_id) {
            return null
          }
          await sendOrderEmailWorkflow(container).run({
            input: {
              order_id: orderId,
              template: "balance-due",
              event: BALANCE_REQUESTED_EVENT,
              key: result.payment_collection_id,
              balance: { due: result.due, due_at: result.due_at, pay_url: balancePayUrl(orderId, result.payment_collection_id, storefrontUrl()) },
            },
          })
          return { order_id: orderId, payment_collection_id: result.payment_collection_id as string, due: result.due }
        },
        { timeout: 60 }
      )
      if (asked) {
        requested.push(asked)
      }
    } catch (error: any) {
      logger.error(`Asking for the balance of order ${orderId} failed: ${error.message}`)
    }
  }
  return requested
}
