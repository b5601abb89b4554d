import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const cancelLapsedPaymentStepId = "cancel-lapsed-payment"

export type LapsedPayment = { payment_id: string; payment_collection_id: string }

/**
 * Records in Medusa that the provider no longer holds a payment it had authorised
 * (Stripe cancelled the PaymentIntent: its hold expired, or someone cancelled it in
 * Stripe's dashboard): the session's payment, if it is neither captured nor cancelled
 * yet, is cancelled with the Payment module (the provider answers for an intent
 * cancelled already). Answers it, or null when there is nothing to cancel.
 * Medusa's `cancelPaymentStep` only logs a failed cancel; this one throws, so the
 * failure shows and nothing is recorded as done. Nothing to compensate: it is the last write.
 */
export const cancelLapsedPaymentStep = createStep(cancelLapsedPaymentStepId, async (input: { session_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id", "captured_at", "canceled_at"],
    filters: { payment_session_id: input.session_id },
  })
  if (!payment || payment.captured_at || payment.canceled_at) {
    return new StepResponse(null as LapsedPayment | null)
  }
  await container.resolve(Modules.PAYMENT).cancelPayment(payment.id)
  return new StepResponse({ payment_id: payment.id, payment_collection_id: payment.payment_collection_id } as LapsedPayment | null)
})
