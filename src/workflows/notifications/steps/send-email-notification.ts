import { INotificationModuleService, NotificationDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EmailNotification } from "../rules/order-email"

/** The Notification module's generated methods that its published interface leaves out. */
type NotificationRows = INotificationModuleService & {
  listNotifications(filters: { idempotency_key: string }): Promise<NotificationDTO[]>
  deleteNotifications(ids: string[]): Promise<void>
}

export const sendEmailNotificationStepId = "send-email-notification"

/**
 * Sends one email through the Notification module, at most once per
 * idempotency key. An earlier failed attempt is replaced: the Notification
 * module would resend it but keep its row marked failed (it updates a fresh id),
 * so the failed row goes and the new attempt is recorded with its own outcome.
 * A provider error fails the step, so the workflow retries it. Emails cannot be
 * unsent: there is no compensation.
 */
export const sendEmailNotificationStep = createStep(
  sendEmailNotificationStepId,
  async (notification: EmailNotification, { container }) => {
    const service = container.resolve<NotificationRows>(Modules.NOTIFICATION)
    const earlier = await service.listNotifications({ idempotency_key: notification.idempotency_key })
    const sent = earlier.find((n) => n.status === "success")
    if (sent) {
      return new StepResponse(sent)
    }
    if (earlier.length) {
      await service.deleteNotifications(earlier.map((n) => n.id))
    }
    try {
      const [created] = await service.createNotifications([notification])
      return new StepResponse(created)
    } catch (error: any) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Email "${notification.template}" to ${notification.to} failed: ${error.message}`)
    }
  }
)
