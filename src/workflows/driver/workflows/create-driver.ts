import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDriverStep, CreateDriverStepInput } from "../steps/create-driver"

export const createDriverWorkflowId = "create-driver"

/** Adds a driver to a bakery: from then on, that email (and only it) can register as this driver. */
export const createDriverWorkflow = createWorkflow(createDriverWorkflowId, (input: CreateDriverStepInput) => {
  return new WorkflowResponse(createDriverStep(input))
})
