import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listBakeryDeliveriesStep, ListBakeryDeliveriesInput } from "../steps/list-bakery-deliveries"

export const listBakeryDeliveriesWorkflowId = "list-bakery-deliveries"

/** The bakery's Deliveries page: one day's delivery orders with their stage and driver. */
export const listBakeryDeliveriesWorkflow = createWorkflow(listBakeryDeliveriesWorkflowId, (input: ListBakeryDeliveriesInput) => {
  return new WorkflowResponse(listBakeryDeliveriesStep(input))
})
