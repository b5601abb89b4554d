import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeBakeryMemberStep, RemoveBakeryMemberStepInput } from "../steps/remove-bakery-member"

export const removeBakeryMemberWorkflowId = "remove-bakery-member"

/** Takes a user (or an invited email) out of a bakery. */
export const removeBakeryMemberWorkflow = createWorkflow(removeBakeryMemberWorkflowId, (input: RemoveBakeryMemberStepInput) => {
  return new WorkflowResponse(removeBakeryMemberStep(input))
})
