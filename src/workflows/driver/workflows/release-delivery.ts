import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDriverDeliveryStep } from "../steps/load-driver-delivery"
import { releaseDeliveryAssignmentStep } from "../steps/release-delivery-assignment"
import { DELIVERY_LOCK, deliveryLockKey } from "../utils/delivery-lock"
import { DriverDeliveryInput } from "./claim-delivery"

export const releaseDeliveryWorkflowId = "release-delivery"

/** A driver gives back an order they claimed but have not picked up: it is ready for any driver again. */
export const releaseDeliveryWorkflow = createWorkflow(releaseDeliveryWorkflowId, (input: DriverDeliveryInput) => {
  const key = transform({ input }, ({ input }) => deliveryLockKey(input.order_id))
  acquireLockStep({ key, timeout: DELIVERY_LOCK.timeout, ttl: DELIVERY_LOCK.ttl })
  const loaded = loadDriverDeliveryStep(transform({ input }, ({ input }) => ({ ...input, action: "release" as const })))
  const released = releaseDeliveryAssignmentStep(transform({ loaded }, ({ loaded }) => ({ id: loaded.assignment!.id })))
  releaseLockStep({ key })
  return new WorkflowResponse(released)
})
