import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderBalance } from "../utils/order-balance"

export type OrderBalanceRequest = {
  order_id: string
  due: number
  due_at: string
  currency_code: string
  /** The balance collection already made (a job run that stopped before emailing), or null. */
  payment_collection_id: string | null
}

export const checkOrderBalanceDueStepId = "check-order-balance-due"

/**
 * Whether an order's balance should be asked for at `now`: something is owed,
 * the order is live, its due time has come and its slot has not started. Answers
 * the request (with a collection already made, if any), or null. Writes nothing.
 */
export const checkOrderBalanceDueStep = createStep(checkOrderBalanceDueStepId, async (input: { order_id: string; now: string }, { container }) => {
  const now = new Date(input.now)
  const balance = (await orderBalance(container, [input.order_id], now)).get(input.order_id)
  if (!balance || balance.cancelled || balance.due <= 0 || !balance.due_at || !balance.slot_starts_at) {
    return new StepResponse(null as OrderBalanceRequest | null)
  }
  if (now.getTime() < new Date(balance.due_at).getTime() || now.getTime() >= new Date(balance.slot_starts_at).getTime()) {
    return new StepResponse(null as OrderBalanceRequest | null)
  }
  return new StepResponse({
    order_id: balance.order_id,
    due: balance.due,
    due_at: balance.due_at,
    currency_code: balance.currency_code,
    payment_collection_id: balance.payment_collection_id,
  } as OrderBalanceRequest | null)
})
