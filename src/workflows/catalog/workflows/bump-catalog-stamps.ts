import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bumpCatalogStampsStep } from "../steps/bump-catalog-stamps"

export const bumpCatalogStampsWorkflowId = "bump-catalog-stamps"

/** Shoppers' catalog answers in these scopes changed (see catalog-stamps): their ETags stop matching. */
export const bumpCatalogStampsWorkflow = createWorkflow(bumpCatalogStampsWorkflowId, (input: { scopes: string[] }) => {
  bumpCatalogStampsStep(input)
  return new WorkflowResponse(undefined)
})
