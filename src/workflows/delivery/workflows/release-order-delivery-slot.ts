import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseOrderDeliverySlotStep } from "../steps/release-order-delivery-slot"

export const releaseOrderDeliverySlotWorkflowId = "release-order-delivery-slot"

/** Frees a cancelled order's delivery capacity. */
export const releaseOrderDeliverySlotWorkflow = createWorkflow(
  releaseOrderDeliverySlotWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(releaseOrderDeliverySlotStep(input))
)
