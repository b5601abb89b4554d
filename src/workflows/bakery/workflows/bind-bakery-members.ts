import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bindBakeryMembersStep, BindBakeryMembersStepInput } from "../steps/bind-bakery-members"

export const bindBakeryMembersWorkflowId = "bind-bakery-members"

/** A new user (an accepted invite) takes over the memberships kept for their email. */
export const bindBakeryMembersWorkflow = createWorkflow(bindBakeryMembersWorkflowId, (input: BindBakeryMembersStepInput) => {
  return new WorkflowResponse(bindBakeryMembersStep(input))
})
