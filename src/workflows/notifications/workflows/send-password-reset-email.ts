import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PasswordResetEvent, planPasswordResetEmail } from "../rules/account-email"
import { sendOrSkipEmail } from "../utils/send-or-skip-email"

export type SendPasswordResetEmailWorkflowInput = PasswordResetEvent & { storefront_url: string; admin_url: string; driver_app_url: string }

export const sendPasswordResetEmailWorkflowId = "send-password-reset-email"

/** Emails the reset link of a password-reset request (Medusa's event carries everything needed). */
export const sendPasswordResetEmailWorkflow = createWorkflow(
  sendPasswordResetEmailWorkflowId,
  (input: SendPasswordResetEmailWorkflowInput) => {
    const plan = transform({ input }, ({ input }) =>
      planPasswordResetEmail(input, { storefront_url: input.storefront_url, admin_url: input.admin_url, driver_app_url: input.driver_app_url })
    )
    sendOrSkipEmail(plan, "password-reset")
    return new WorkflowResponse(plan)
  }
)
