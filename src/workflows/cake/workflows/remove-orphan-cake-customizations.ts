import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeOrphanCakeCustomizationsStep } from "../steps/remove-orphan-cake-customizations"

export const removeOrphanCakeCustomizationsWorkflowId = "remove-orphan-cake-customizations"

/** Removes the customisations of cake lines taken out of a cart. */
export const removeOrphanCakeCustomizationsWorkflow = createWorkflow(
  removeOrphanCakeCustomizationsWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(removeOrphanCakeCustomizationsStep(input))
)
