import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateBakeryDTO } from "../../../types/bakery/bakery"
import { updateBakeriesStep } from "../steps/update-bakeries"
import { validateUniqueBakeryHandlesStep } from "../steps/validate-unique-bakery-handles"
import { clearCakeCatalogCacheStep } from "../../cake/steps/clear-cake-catalog-cache"

export type UpdateBakeriesWorkflowInput = { bakeries: UpdateBakeryDTO[] }

export const updateBakeriesWorkflowId = "update-bakeries"

/** Updates bakeries; a changed handle must be free. */
export const updateBakeriesWorkflow = createWorkflow(updateBakeriesWorkflowId, (input: UpdateBakeriesWorkflowInput) => {
  validateUniqueBakeryHandlesStep(input.bakeries)
  const bakeries = updateBakeriesStep(input.bakeries)
  clearCakeCatalogCacheStep()
  return new WorkflowResponse(bakeries)
})
