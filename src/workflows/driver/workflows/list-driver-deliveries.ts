import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listDriverDeliveriesStep, ListDriverDeliveriesInput } from "../steps/list-driver-deliveries"

export const listDriverDeliveriesWorkflowId = "list-driver-deliveries"

/** What a driver sees on their phone: the bakery's ready deliveries, their own, or today's done ones. */
export const listDriverDeliveriesWorkflow = createWorkflow(listDriverDeliveriesWorkflowId, (input: ListDriverDeliveriesInput) => {
  return new WorkflowResponse(listDriverDeliveriesStep(input))
})
