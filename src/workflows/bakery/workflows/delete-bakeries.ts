import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { deleteBakeriesStep } from "../steps/delete-bakeries"
import { clearCakeCatalogCacheStep } from "../../cake/steps/clear-cake-catalog-cache"

export type DeleteBakeriesWorkflowInput = { ids: string[] }

export const deleteBakeriesWorkflowId = "delete-bakeries"

/** Deletes bakeries and dismisses their links to products (the products stay). */
export const deleteBakeriesWorkflow = createWorkflow(deleteBakeriesWorkflowId, (input: DeleteBakeriesWorkflowInput) => {
  const deleted = deleteBakeriesStep(input.ids)
  const linkSelector = transform({ deleted }, ({ deleted }) => [{ [BAKERY_MODULE]: { bakery_id: deleted } }])
  removeRemoteLinkStep(linkSelector)
  clearCakeCatalogCacheStep()
  return new WorkflowResponse(deleted)
})
