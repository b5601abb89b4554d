import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateBakeryDTO } from "../../../types/bakery/bakery"
import { updateBakeriesStep } from "../steps/update-bakeries"
import { updateBakeryLocationsStep } from "../steps/update-bakery-locations"
import { validateUniqueBakeryHandlesStep } from "../steps/validate-unique-bakery-handles"
import { clearCakeCatalogCacheStep } from "../../cake/steps/clear-cake-catalog-cache"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { bakeryStamp, CATALOG_STAMP } from "../../catalog/utils/catalog-stamps"

export type UpdateBakeriesWorkflowInput = { bakeries: UpdateBakeryDTO[] }

export const updateBakeriesWorkflowId = "update-bakeries"

/** Updates bakeries; a changed handle must be free; each one's stock location and option names follow its name and address. */
export const updateBakeriesWorkflow = createWorkflow(updateBakeriesWorkflowId, (input: UpdateBakeriesWorkflowInput) => {
  validateUniqueBakeryHandlesStep(input.bakeries)
  const bakeries = updateBakeriesStep(input.bakeries)
  const bakeryIds = transform({ bakeries }, ({ bakeries }) => bakeries.map((bakery) => bakery.id))
  updateBakeryLocationsStep(bakeryIds)
  clearCakeCatalogCacheStep()
  bumpCatalogStampsStep(transform({ bakeryIds }, ({ bakeryIds }) => ({ scopes: [CATALOG_STAMP, ...bakeryIds.map(bakeryStamp)] })))
  return new WorkflowResponse(bakeries)
})
