import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { mkdir, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { renderEmail } from "../../emails/render-email"

const OutboxOptions = z.object({
  /** Folder the emails are written to (default .data/outbox). */
  directory: z.string().min(1).default(".data/outbox"),
})
export type OutboxOptions = z.input<typeof OutboxOptions>

/**
 * Development email: renders the same templates Resend would send and writes
 * each one to the outbox folder as .html and .txt, logging the path, so real
 * emails can be read without any account.
 */
class MailOutboxNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "mail-outbox"

  private readonly directory: string
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    const parsed = OutboxOptions.safeParse(options)
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mail outbox provider: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
    }
  }

  constructor({ logger }: { logger: Logger }, options: OutboxOptions) {
    super()
    this.logger = logger
    this.directory = resolve(OutboxOptions.parse(options ?? {}).directory)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = await renderEmail(notification.template, (notification.data ?? {}) as Record<string, unknown>)
    await mkdir(this.directory, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, "-")
    const base = join(this.directory, `${stamp}-${notification.template}-${notification.to.replace(/[^a-zA-Z0-9@._-]/g, "_")}`)
    const header = `To: ${notification.to}\nSubject: ${email.subject}\n\n`
    await Promise.all([writeFile(`${base}.html`, email.html), writeFile(`${base}.txt`, header + email.text)])
    this.logger.info(`Email "${email.subject}" to ${notification.to} written to ${base}.html`)
    return { id: base }
  }
}

export default MailOutboxNotificationProviderService
