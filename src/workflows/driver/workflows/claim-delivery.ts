import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDeliveryAssignmentStep } from "../steps/create-delivery-assignment"
import { loadDriverDeliveryStep } from "../steps/load-driver-delivery"
import { DELIVERY_LOCK, deliveryLockKey } from "../utils/delivery-lock"

export type DriverDeliveryInput = { driver_id: string; order_id: string }

export const claimDeliveryWorkflowId = "claim-delivery"

/**
 * A driver takes a prepared delivery of their bakery. Claims of one order run one
 * at a time (a lock per order): exactly one driver wins, every other gets a 409
 * naming who has it.
 */
export const claimDeliveryWorkflow = createWorkflow(claimDeliveryWorkflowId, (input: DriverDeliveryInput) => {
  const key = transform({ input }, ({ input }) => deliveryLockKey(input.order_id))
  acquireLockStep({ key, timeout: DELIVERY_LOCK.timeout, ttl: DELIVERY_LOCK.ttl })
  const loaded = loadDriverDeliveryStep(transform({ input }, ({ input }) => ({ ...input, action: "claim" as const })))
  const assignment = createDeliveryAssignmentStep(
    transform({ input, loaded }, ({ input, loaded }) => ({
      driver_id: input.driver_id,
      bakery_id: loaded.driver.bakery_id,
      order_id: input.order_id,
      display_id: loaded.order.display_id,
      existing: loaded.assignment,
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(assignment)
})
