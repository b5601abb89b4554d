import { acquireLockStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDriverDeliveryStep } from "../steps/load-driver-delivery"
import { stampDeliveryAssignmentStep } from "../steps/stamp-delivery-assignment"
import { DELIVERY_LOCK, deliveryLockKey } from "../utils/delivery-lock"
import { DriverDeliveryInput } from "./claim-delivery"

export const completeDeliveryWorkflowId = "complete-delivery"

/**
 * The driver handed the cakes over: Medusa's mark-as-delivered on the shipped
 * fulfillment, so the order reads `delivered` and the delivered email goes.
 * Only the driver carrying the order can complete it.
 */
export const completeDeliveryWorkflow = createWorkflow(completeDeliveryWorkflowId, (input: DriverDeliveryInput) => {
  const key = transform({ input }, ({ input }) => deliveryLockKey(input.order_id))
  acquireLockStep({ key, timeout: DELIVERY_LOCK.timeout, ttl: DELIVERY_LOCK.ttl })
  const loaded = loadDriverDeliveryStep(transform({ input }, ({ input }) => ({ ...input, action: "complete" as const })))
  const assignment = stampDeliveryAssignmentStep(
    transform({ loaded }, ({ loaded }) => ({ id: loaded.assignment!.id, field: "completed_at" as const }))
  ).config({ name: "stamp-delivery-completed" })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ input, loaded }, ({ input, loaded }) => ({ orderId: input.order_id, fulfillmentId: loaded.fulfillment.id })),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(assignment)
})
