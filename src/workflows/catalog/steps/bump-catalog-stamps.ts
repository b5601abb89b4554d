import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bumpCatalogStamps } from "../utils/catalog-stamps"

export const bumpCatalogStampsStepId = "bump-catalog-stamps"

/**
 * Makes shoppers' cached catalog answers stale (their ETags stop matching) once a
 * change is written. A compensation bumps again: the data went back to what it was.
 */
export const bumpCatalogStampsStep = createStep(
  bumpCatalogStampsStepId,
  async (input: { scopes: string[] }, { container }) => {
    await bumpCatalogStamps(container, input.scopes)
    return new StepResponse(undefined, input.scopes)
  },
  async (scopes, { container }) => {
    if (!scopes?.length) {
      return
    }
    await bumpCatalogStamps(container, scopes)
  }
)
