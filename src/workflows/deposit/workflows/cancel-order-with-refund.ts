import { OrderWorkflowEvents, PaymentCollectionStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrdersStep,
  cancelPaymentStep,
  cancelValidateOrder,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  refundPaymentsWorkflow,
  updatePaymentCollectionStep,
} from "@medusajs/medusa/core-flows"
import { LoadOrderCancellationInput, loadOrderCancellationStep } from "../steps/load-order-cancellation"

export const cancelOrderWithRefundWorkflowId = "cancel-order-with-refund"

/**
 * Cancels an order giving back what the bakery decides: everything captured
 * (`full`), all but the deposit (`deposit_kept`) or nothing (`none`). Medusa's
 * cancelOrderWorkflow always refunds everything captured, so this one is built
 * from the same Medusa steps with the refund chosen: it validates the order as
 * Medusa does (no live fulfillment), refunds, cancels open authorisations, frees
 * reservations, cancels the payment collections and the order, and emits
 * `order.canceled` (capacity goes back, the cancellation email says what was
 * refunded and kept). A shopper's own cancellation (inside the window) refunds in
 * full. Answers the refunded and kept amounts.
 */
export const cancelOrderWithRefundWorkflow = createWorkflow(cancelOrderWithRefundWorkflowId, (input: LoadOrderCancellationInput) => {
  const cancellation = loadOrderCancellationStep(input)
  cancelValidateOrder({ order: cancellation.order as any, input: { order_id: input.order_id } as any })

  when("refund-captured-payments", { cancellation }, ({ cancellation }) => cancellation.plan.refunds.length > 0).then(() => {
    refundPaymentsWorkflow.runAsStep({ input: transform({ cancellation }, ({ cancellation }) => cancellation.plan.refunds) })
  })
  cancelPaymentStep({ paymentIds: transform({ cancellation }, ({ cancellation }) => cancellation.plan.uncaptured_payment_ids) })
  deleteReservationsByLineItemsStep(transform({ cancellation }, ({ cancellation }) => cancellation.line_item_ids))
  when("cancel-payment-collections", { cancellation }, ({ cancellation }) => cancellation.payment_collection_ids.length > 0).then(() => {
    updatePaymentCollectionStep({
      selector: transform({ cancellation }, ({ cancellation }) => ({ id: cancellation.payment_collection_ids })),
      update: { status: PaymentCollectionStatus.CANCELED },
    })
  })
  cancelOrdersStep({ orderIds: transform({ input }, ({ input }) => [input.order_id]) })
  emitEventStep({ eventName: OrderWorkflowEvents.CANCELED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })

  return new WorkflowResponse(
    transform({ cancellation }, ({ cancellation }) => ({
      refunded: cancellation.plan.refunded,
      kept: cancellation.plan.kept,
      currency_code: cancellation.currency_code,
    }))
  )
})
