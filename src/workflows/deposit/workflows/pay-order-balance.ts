import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, authorizePaymentSessionStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadBalanceSessionStep } from "../steps/load-balance-session"
import { orderBalanceLockKey } from "../utils/order-balance"

export const payOrderBalanceWorkflowId = "pay-order-balance"

/**
 * Completes the balance payment a shopper started with Medusa's payment-session
 * route: authorises the session with its provider (for Stripe, once the shopper
 * confirmed the PaymentIntent) and captures it, which adds the order transaction
 * and marks the balance collection paid, so the order owes nothing. Under the
 * order's balance lock, which the balance job takes too: a held payment is captured once.
 */
export const payOrderBalanceWorkflow = createWorkflow(payOrderBalanceWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => orderBalanceLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
  const balance = loadBalanceSessionStep(input)
  const authorized = when("authorize-balance-session", { balance }, ({ balance }) => !balance.payment_id).then(() =>
    authorizePaymentSessionStep({ id: balance.session_id, context: {} })
  )
  const paymentId = transform({ balance, authorized }, ({ balance, authorized }) => balance.payment_id ?? (authorized as any)?.id ?? null)
  when("capture-balance-payment", { balance, paymentId }, ({ balance, paymentId }) => !!paymentId && !balance.captured).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ paymentId }, ({ paymentId }) => ({ payment_id: paymentId! })) })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ balance }, ({ balance }) => ({ payment_collection_id: balance.payment_collection_id })))
})
