import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addBakeryMemberStep, AddBakeryMemberStepInput } from "../steps/add-bakery-member"

export const addBakeryMemberWorkflowId = "add-bakery-member"

/** Makes a user, or an email that has no user yet, an owner or staff member of a bakery. */
export const addBakeryMemberWorkflow = createWorkflow(addBakeryMemberWorkflowId, (input: AddBakeryMemberStepInput) => {
  return new WorkflowResponse(addBakeryMemberStep(input))
})
