import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { eventually } from "./eventually"

/**
 * Waits until the workflow engine has nothing left to run: every workflow done,
 * failed or reverted, so every retry it had scheduled (a failed email) is made.
 */
export function workflowsSettled(container: MedusaContainer) {
  return eventually("the workflow engine to finish its scheduled retries", async () => {
    const unfinished = await container
      .resolve(Modules.WORKFLOW_ENGINE)
      .listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } })
    return unfinished.length ? undefined : true
  })
}
