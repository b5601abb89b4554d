import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBakeryClosureStep, DeleteBakeryClosureStepInput } from "../steps/delete-bakery-closure"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { bakeryStamp } from "../../catalog/utils/catalog-stamps"

export const deleteBakeryClosureWorkflowId = "delete-bakery-closure"

/** Reopens the days of one of a bakery's closures. */
export const deleteBakeryClosureWorkflow = createWorkflow(deleteBakeryClosureWorkflowId, (input: DeleteBakeryClosureStepInput) => {
  const deleted = deleteBakeryClosureStep(input)
  bumpCatalogStampsStep(transform({ input }, ({ input }) => ({ scopes: [bakeryStamp(input.bakery_id)] })))
  return new WorkflowResponse(deleted)
})
