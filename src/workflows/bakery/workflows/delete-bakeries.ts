import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { deleteBakeriesStep } from "../steps/delete-bakeries"
import { removeBakeryLocationsStep } from "../steps/remove-bakery-locations"
import { clearCakeCatalogCacheStep } from "../../cake/steps/clear-cake-catalog-cache"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { bakeryStamp, CATALOG_STAMP } from "../../catalog/utils/catalog-stamps"

export type DeleteBakeriesWorkflowInput = { ids: string[] }

export const deleteBakeriesWorkflowId = "delete-bakeries"

/** Deletes bakeries, takes their stock locations and shipping options out of the shop, and dismisses their links (the products stay). */
export const deleteBakeriesWorkflow = createWorkflow(deleteBakeriesWorkflowId, (input: DeleteBakeriesWorkflowInput) => {
  // Before the bakery goes: its location is found through its link.
  removeBakeryLocationsStep(input.ids)
  const deleted = deleteBakeriesStep(input.ids)
  const linkSelector = transform({ deleted }, ({ deleted }) => [{ [BAKERY_MODULE]: { bakery_id: deleted } }])
  removeRemoteLinkStep(linkSelector)
  clearCakeCatalogCacheStep()
  bumpCatalogStampsStep(transform({ input }, ({ input }) => ({ scopes: [CATALOG_STAMP, ...input.ids.map(bakeryStamp)] })))
  return new WorkflowResponse(deleted)
})
