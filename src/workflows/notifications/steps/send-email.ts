import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { EmailPlan } from "../rules/order-email"
import { logSkippedEmailStep } from "./log-skipped-email"
import { sendEmailNotificationStep } from "./send-email-notification"

/**
 * Sends a planned email through the Notification module, or logs why it is
 * skipped. A provider failure fails the step, which is retried twice.
 */
export function sendOrSkipEmail(plan: WorkflowData<EmailPlan>, template: string) {
  when("email-planned", { plan }, ({ plan }) => !!plan.notification).then(() => {
    sendEmailNotificationStep(transform({ plan }, ({ plan }) => plan.notification!)).config({ maxRetries: 2 })
  })
  when("email-skipped", { plan }, ({ plan }) => !!plan.skip).then(() => {
    logSkippedEmailStep(transform({ plan }, ({ plan }) => ({ template, reason: plan.skip! })))
  })
}
