import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planWelcomeEmail } from "../rules/account-email"
import { sendOrSkipEmail } from "../utils/send-or-skip-email"

export const sendWelcomeEmailWorkflowId = "send-welcome-email"

/** Welcomes a shopper who created an account, once. */
export const sendWelcomeEmailWorkflow = createWorkflow(sendWelcomeEmailWorkflowId, (input: { customer_id: string }) => {
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email", "first_name", "has_account"],
    filters: { id: input.customer_id },
  })
  const plan = transform({ customers, input }, ({ customers, input }) => planWelcomeEmail(customers[0], input.customer_id))
  sendOrSkipEmail(plan, "welcome")
  return new WorkflowResponse(plan)
})
