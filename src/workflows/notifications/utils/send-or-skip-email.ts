import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emailRetryPolicy } from "../rules/email-retry-policy"
import { EmailPlan } from "../rules/order-email"
import { logSkippedEmailStep } from "../steps/log-skipped-email"
import { sendEmailNotificationStep } from "../steps/send-email-notification"

/** Read once, when the workflows are defined: see README, Operations. */
const retryPolicy = emailRetryPolicy()

/**
 * Sends a planned email through the Notification module, or logs why it is
 * skipped. The workflow engine tries a failed send again on the retry policy's
 * schedule; the step is idempotent, so a retry never sends an email twice.
 */
export function sendOrSkipEmail(plan: WorkflowData<EmailPlan>, template: string) {
  when("email-planned", { plan }, ({ plan }) => !!plan.notification).then(() => {
    sendEmailNotificationStep(transform({ plan }, ({ plan }) => plan.notification!)).config(retryPolicy)
  })
  when("email-skipped", { plan }, ({ plan }) => !!plan.skip).then(() => {
    logSkippedEmailStep(transform({ plan }, ({ plan }) => ({ template, reason: plan.skip! })))
  })
}
