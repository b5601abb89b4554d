import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDriverStep, UpdateDriverStepInput } from "../steps/update-driver"

export const updateDriverWorkflowId = "update-driver"

/** Edits or deactivates a driver. */
export const updateDriverWorkflow = createWorkflow(updateDriverWorkflowId, (input: UpdateDriverStepInput) => {
  return new WorkflowResponse(updateDriverStep(input))
})
