import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_CATALOG_CACHE_TAG, forgetCakeCatalogComputations } from "../utils/cake-catalog-cache"

export const clearCakeCatalogCacheStepId = "clear-cake-catalog-cache"

/**
 * Forgets which products are shoppers' cakes, after a bakery, its cakes or a cake
 * profile changed. Nothing to undo: an emptied cache is only refilled.
 */
export const clearCakeCatalogCacheStep = createStep(clearCakeCatalogCacheStepId, async (_: void, { container }) => {
  forgetCakeCatalogComputations()
  await container.resolve(Modules.CACHING).clear({ tags: [CAKE_CATALOG_CACHE_TAG] })
  return new StepResponse(undefined)
})
