import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyCartDepositStep } from "../steps/apply-cart-deposit"

export const applyCartDepositWorkflowId = "apply-cart-deposit"

/**
 * Brings a deposit cart's payment collection to the deposit: before a payment
 * session is made and after every cart change. Answers the cart's deposit, or
 * null when it pays in full.
 */
export const applyCartDepositWorkflow = createWorkflow(applyCartDepositWorkflowId, (input: { cart_id: string }) => {
  return new WorkflowResponse(applyCartDepositStep(input))
})
