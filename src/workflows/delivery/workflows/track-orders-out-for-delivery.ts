import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { trackOrdersOutForDeliveryStep, TrackOrdersOutForDeliveryInput } from "../steps/track-orders-out-for-delivery"
import { REFRESH_ETAS_LOCK } from "./refresh-delivery-etas"

export const trackOrdersOutForDeliveryWorkflowId = "track-orders-out-for-delivery"

/**
 * Brings the list of orders out for delivery in line with the given orders (or
 * with every order, given none): run when a delivery, a cancellation or an order
 * update may have changed whether or where an order is delivered, and on a
 * schedule, to catch anything an event did not say. Under the ETA refresh's
 * lock: a refresh names the estimates it creates on the rows it read, which must
 * not change or go under it.
 */
export const trackOrdersOutForDeliveryWorkflow = createWorkflow(trackOrdersOutForDeliveryWorkflowId, (input: TrackOrdersOutForDeliveryInput) => {
  acquireLockStep({ key: REFRESH_ETAS_LOCK, timeout: 60, ttl: 120 })
  const tracked = trackOrdersOutForDeliveryStep(input)
  releaseLockStep({ key: REFRESH_ETAS_LOCK })
  return new WorkflowResponse(tracked)
})
