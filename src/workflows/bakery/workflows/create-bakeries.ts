import { toHandle } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateBakeryDTO } from "../../../types/bakery/bakery"
import { createBakeriesStep } from "../steps/create-bakeries"
import { validateUniqueBakeryHandlesStep } from "../steps/validate-unique-bakery-handles"
import { setUpBakeryFulfillmentWorkflow } from "./set-up-bakery-fulfillment"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { CATALOG_STAMP } from "../../catalog/utils/catalog-stamps"

export type CreateBakeriesWorkflowInput = {
  /** A bakery without a handle gets one made from its name. */
  bakeries: (Omit<CreateBakeryDTO, "handle"> & { handle?: string })[]
}

export const createBakeriesWorkflowId = "create-bakeries"

/** Creates bakeries after checking their handles are free, each with its stock location and "Collect from" and "Delivery by" options. */
export const createBakeriesWorkflow = createWorkflow(createBakeriesWorkflowId, (input: CreateBakeriesWorkflowInput) => {
  const withHandles = transform({ input }, ({ input }) =>
    input.bakeries.map((bakery) => ({ ...bakery, handle: bakery.handle ?? toHandle(bakery.name) }))
  )
  validateUniqueBakeryHandlesStep(withHandles)
  const bakeries = createBakeriesStep(withHandles)
  const bakeryIds = transform({ bakeries }, ({ bakeries }) => bakeries.map((bakery) => bakery.id))
  setUpBakeryFulfillmentWorkflow.runAsStep({ input: { bakery_ids: bakeryIds } })
  bumpCatalogStampsStep({ scopes: [CATALOG_STAMP] })
  return new WorkflowResponse(bakeries)
})
