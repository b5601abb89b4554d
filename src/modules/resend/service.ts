import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { Resend } from "resend"
import { renderEmail } from "../../emails/render-email"

const TIMEOUT_MESSAGE = "timeout_ms (RESEND_TIMEOUT_MS) must be a positive whole number of milliseconds"

const ResendOptions = z.object({
  api_key: z.string({ error: "api_key (RESEND_API_KEY) is required" }).min(1, "api_key (RESEND_API_KEY) is required"),
  from: z
    .string({ error: "from (RESEND_FROM) is required, e.g. SweetSpot <orders@example.com>" })
    .min(3, "from (RESEND_FROM) is required, e.g. SweetSpot <orders@example.com>"),
  /** The Resend API's base URL; tests point it at a local fake. */
  base_url: z.url().optional(),
  /** How long one send may wait for Resend before it counts as failed (and is retried). */
  timeout_ms: z
    .number({ error: TIMEOUT_MESSAGE })
    .int(TIMEOUT_MESSAGE)
    .positive(TIMEOUT_MESSAGE)
    .default(10000),
})
export type ResendOptions = z.input<typeof ResendOptions>

/** What the Notification module hands a provider: its DTO plus the row's idempotency key, which the published type leaves out. */
type Sendable = ProviderSendNotificationDTO & { idempotency_key?: string | null }

/**
 * Sends SweetSpot's React Email templates through Resend. The SDK answers API
 * errors as `{ error }` instead of throwing, so they are thrown here: the
 * Notification module then records the send as failed and a retry with the same
 * idempotency key sends again. That key also goes to Resend, which answers a
 * repeated key with the first email instead of sending another: a retry after a
 * send whose answer was lost (a timeout, a worker killed mid-send) sends nothing twice.
 */
class ResendNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "resend"

  private readonly client: Resend
  private readonly options: z.output<typeof ResendOptions>
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
    this.options = ResendOptions.parse(options)
    this.client = new Resend(options.api_key, options.base_url ? { baseUrl: options.base_url } : undefined)
  }

  async send(notification: Sendable): Promise<ProviderSendNotificationResultsDTO> {
    const email = await renderEmail(notification.template, (notification.data ?? {}) as Record<string, unknown>)
    const signal = AbortSignal.timeout(this.options.timeout_ms)
    const { data, error } = await this.client.emails.send(
      {
        from: notification.from?.trim() || this.options.from,
        to: [notification.to],
        subject: email.subject,
        html: email.html,
        text: email.text,
      },
      { idempotencyKey: notification.idempotency_key ?? undefined, signal }
    )
    if (error || !data) {
      const reason = signal.aborted ? `no answer within ${this.options.timeout_ms} ms` : error?.message ?? "no answer"
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Resend did not send "${notification.template}" to ${notification.to}: ${reason}`)
    }
    this.logger.info(`Sent "${notification.template}" to ${notification.to} through Resend (${data.id})`)
    return { id: data.id }
  }
}

export default ResendNotificationProviderService
