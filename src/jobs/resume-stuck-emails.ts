import { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { emailResumeAfterSeconds } from "../workflows/notifications/rules/email-retry-policy"
import { StoredWorkflowRun, stuckEmailSends } from "../workflows/notifications/rules/stuck-email-sends"

const resumeAfterMs = emailResumeAfterSeconds() * 1000

/**
 * Every minute: an email whose worker died in the middle of sending it is sent
 * again, by the workflow engine's `retryStep`, in the same run. The send is
 * idempotent (and Resend gets the same key), so an email that did go out before
 * the crash is not sent twice. A failure is logged; the next tick tries again.
 */
export default async function resumeStuckEmailsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const runs = (await engine.listWorkflowExecutions({ state: "invoking" }).catch((error: Error) => {
    logger.error(`Looking for cut-off emails failed: ${error.message}`)
    return []
  })) as unknown as StoredWorkflowRun[]
  for (const send of stuckEmailSends(runs, Date.now(), resumeAfterMs)) {
    logger.warn(`Resuming ${send.workflowId} run ${send.transactionId}: its email send was cut off`)
    await engine.retryStep({ idempotencyKey: send, options: { throwOnError: false } }).catch((error: Error) => {
      logger.error(`Resuming ${send.workflowId} run ${send.transactionId} failed: ${error.message}`)
    })
  }
}

export const config = {
  name: "resume-stuck-emails",
  schedule: "* * * * *",
}
