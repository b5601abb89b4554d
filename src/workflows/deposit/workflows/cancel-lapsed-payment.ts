import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelLapsedPaymentStep } from "../steps/cancel-lapsed-payment"
import { findSessionOrderStep } from "../steps/find-session-order"
import { orderBalanceLockKey } from "../utils/order-balance"

export const cancelLapsedPaymentWorkflowId = "cancel-lapsed-payment"

/**
 * A payment its provider cancelled after authorising it (Medusa's own webhook
 * handler ignores that action) is cancelled in Medusa too, so the order's balance
 * counts it as owed again instead of held, and neither the pay route nor the
 * balance job tries to capture it. Only an order's payments, under the order's
 * balance lock (the pay route and the job take it to capture). Answers the order
 * and the payment, or null when there was nothing to cancel.
 */
export const cancelLapsedPaymentWorkflow = createWorkflow(cancelLapsedPaymentWorkflowId, (input: { session_id: string }) => {
  const orderId = findSessionOrderStep(input)
  const cancelled = when("order-payment", { orderId }, ({ orderId }) => !!orderId).then(() => {
    const lockKey = transform({ orderId }, ({ orderId }) => orderBalanceLockKey(orderId!))
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const payment = cancelLapsedPaymentStep(input)
    releaseLockStep({ key: lockKey })
    return payment
  })
  return new WorkflowResponse(
    transform({ orderId, cancelled }, ({ orderId, cancelled }) => (orderId && cancelled ? { order_id: orderId, ...cancelled } : null))
  )
})
