import { sendEmailNotificationStepId } from "../steps/send-email-notification"

/** A workflow run as the workflow engine stores it; `execution` is its flow, with a state per step. */
export type StoredWorkflowRun = {
  workflow_id: string
  transaction_id: string
  state: string
  execution?: { steps?: Record<string, StoredStep> } | null
}
type StoredStep = { definition?: { action?: string }; invoke?: { status?: string }; lastAttempt?: number | null }

/** The address of a step for the workflow engine's `retryStep`. */
export type StuckEmailSend = { workflowId: string; transactionId: string; stepId: string; action: "invoke" }

/**
 * The email sends cut off by a dying worker: a run still invoking whose send step
 * has waited for an answer for more than `resumeAfterMs`. A live send ends (or
 * times out) long before; a send waiting for its next retry has failed, so it is
 * not waiting for an answer, and its retry is already scheduled.
 */
export function stuckEmailSends(runs: StoredWorkflowRun[], now: number, resumeAfterMs: number): StuckEmailSend[] {
  return runs.flatMap((run) => {
    if (run.state !== "invoking") {
      return []
    }
    const stuck = Object.values(run.execution?.steps ?? {}).some(
      (step) =>
        step.definition?.action === sendEmailNotificationStepId &&
        step.invoke?.status === "waiting_response" &&
        !!step.lastAttempt &&
        now - step.lastAttempt > resumeAfterMs
    )
    return stuck ? [{ workflowId: run.workflow_id, transactionId: run.transaction_id, stepId: sendEmailNotificationStepId, action: "invoke" as const }] : []
  })
}
