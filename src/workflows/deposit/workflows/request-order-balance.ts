import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderPaymentCollectionWorkflow } from "@medusajs/medusa/core-flows"
import { checkOrderBalanceDueStep } from "../steps/check-order-balance-due"

export const requestOrderBalanceWorkflowId = "request-order-balance"

/**
 * Asks for a deposit order's balance when it falls due: Medusa's order payment
 * collection for what is still owed (the shopper pays it through Medusa's
 * `/store/payment-collections/:id/payment-sessions`, staff through mark-as-paid).
 * Idempotent: an order that already has its balance collection keeps it. Answers
 * the request with its collection, or null when nothing is due now.
 */
export const requestOrderBalanceWorkflow = createWorkflow(requestOrderBalanceWorkflowId, (input: { order_id: string; now: string }) => {
  const request = checkOrderBalanceDueStep(input)
  const created = when("create-balance-collection", { request }, ({ request }) => !!request && !request.payment_collection_id).then(() =>
    createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ request }, ({ request }) => ({ order_id: request!.order_id, amount: request!.due })),
    })
  )
  return new WorkflowResponse(
    transform({ request, created }, ({ request, created }) =>
      request ? { ...request, payment_collection_id: request.payment_collection_id ?? (created as any)?.[0]?.id ?? null } : null
    )
  )
})
