import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { balancePayUrl, storefrontUrl } from "../../../utils/storefront-url"
import { sendOrderEmailWorkflow } from "../../notifications/workflows/send-order-email"
import { requestOrderBalanceWorkflow } from "../workflows/request-order-balance"
import { balanceCandidateOrderIds } from "./balance-candidates"

/** The event the balance email is recorded under. */
export const BALANCE_REQUESTED_EVENT = "order.balance_requested"

/**
 * One run of the balance job at `now` (injected, so tests choose the day): each
 * deposit order whose balance has fallen due gets its balance payment collection
 * and one email with the pay link (keyed by the collection, so a rerun never
 * sends it twice). One order's failure is logged and does not stop the others;
 * the next run tries it again. Answers the orders asked to pay.
 */
export async function requestOrderBalances(container: MedusaContainer, now: Date = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const requested: { order_id: string; payment_collection_id: string; due: number }[] = []
  for (const orderId of await balanceCandidateOrderIds(container, now)) {
    try {
      const { result } = await requestOrderBalanceWorkflow(container).run({ input: { order_id: orderId, now: now.toISOString() } })
      if (!result?.payment_collection_id) {
        continue
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
      requested.push({ order_id: orderId, payment_collection_id: result.payment_collection_id, due: result.due })
    } catch (error: any) {
      logger.error(`Asking for the balance of order ${orderId} failed: ${error.message}`)
    }
  }
  return requested
}
