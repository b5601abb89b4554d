import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planBakeryCakeLinksStep } from "../steps/plan-bakery-cake-links"
import { clearCakeCatalogCacheStep } from "../../cake/steps/clear-cake-catalog-cache"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { CATALOG_STAMP } from "../../catalog/utils/catalog-stamps"

export type UpdateBakeryCakesWorkflowInput = { bakery_id: string; add?: string[]; remove?: string[] }

export const updateBakeryCakesWorkflowId = "update-bakery-cakes"

/** Attaches cakes (products) to a bakery and detaches others, in one go. */
export const updateBakeryCakesWorkflow = createWorkflow(
  updateBakeryCakesWorkflowId,
  (input: UpdateBakeryCakesWorkflowInput) => {
    const normalized = transform({ input }, ({ input }) => ({
      bakery_id: input.bakery_id,
      add: input.add ?? [],
      remove: input.remove ?? [],
    }))
    const plan = planBakeryCakeLinksStep(normalized)
    const toCreate = transform({ plan }, ({ plan }) => plan.create)
    const toDismiss = transform({ plan }, ({ plan }) => plan.dismiss)
    createRemoteLinkStep(toCreate)
    dismissRemoteLinkStep(toDismiss)
    clearCakeCatalogCacheStep()
    bumpCatalogStampsStep({ scopes: [CATALOG_STAMP] })
    return new WorkflowResponse(plan)
  }
)
