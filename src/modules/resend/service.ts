import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { Resend } from "resend"
import { renderEmail } from "../../emails/render-email"

const ResendOptions = z.object({
  api_key: z.string({ error: "api_key (RESEND_API_KEY) is required" }).min(1, "api_key (RESEND_API_KEY) is required"),
  from: z
    .string({ error: "from (RESEND_FROM) is required, e.g. SweetSpot <orders@example.com>" })
    .min(3, "from (RESEND_FROM) is required, e.g. SweetSpot <orders@example.com>"),
  /** The Resend API's base URL; tests point it at a local fake. */
  base_url: z.url().optional(),
})
export type ResendOptions = z.infer<typeof ResendOptions>

/**
 * Sends SweetSpot's React Email templates through Resend. The SDK answers API
 * errors as `{ error }` instead of throwing, so they are thrown here: the
 * Notification module then records the send as failed and a retry with the same
 * idempotency key sends again.
 */
class ResendNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "resend"

  private readonly client: Resend
  private readonly options: ResendOptions
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    const parsed = ResendOptions.safeParse(options)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Resend notification provider: ${parsed.error.issues.map((i) => i.message).join("; ")}`
      )
    }
  }

  constructor({ logger }: { logger: Logger }, options: ResendOptions) {
    super()
    this.logger = logger
    this.options = options
    this.client = new Resend(options.api_key, options.base_url ? { baseUrl: options.base_url } : undefined)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = await renderEmail(notification.template, (notification.data ?? {}) as Record<string, unknown>)
    const { data, error } = await this.client.emails.send({
      from: notification.from?.trim() || this.options.from,
      to: [notification.to],
      subject: email.subject,
      html: email.html,
      text: email.text,
    })
    if (error || !data) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Resend did not send "${notification.template}" to ${notification.to}: ${error?.message ?? "no answer"}`
      )
    }
    this.logger.info(`Sent "${notification.template}" to ${notification.to} through Resend (${data.id})`)
    return { id: data.id }
  }
}

export default ResendNotificationProviderService
