import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBakeryClosureStep, DeleteBakeryClosureStepInput } from "../steps/delete-bakery-closure"

export const deleteBakeryClosureWorkflowId = "delete-bakery-closure"

/** Reopens the days of one of a bakery's closures. */
export const deleteBakeryClosureWorkflow = createWorkflow(deleteBakeryClosureWorkflowId, (input: DeleteBakeryClosureStepInput) => {
  return new WorkflowResponse(deleteBakeryClosureStep(input))
})
