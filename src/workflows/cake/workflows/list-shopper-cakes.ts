import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listShopperCakesStep, ListShopperCakesInput } from "../steps/list-shopper-cakes"

export const listShopperCakesWorkflowId = "list-shopper-cakes"

/** The cakes a shopper may see, a page of them or one by id (see listShopperCakesStep). */
export const listShopperCakesWorkflow = createWorkflow(listShopperCakesWorkflowId, (input: ListShopperCakesInput) =>
  new WorkflowResponse(listShopperCakesStep(input))
)
