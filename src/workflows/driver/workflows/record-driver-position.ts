import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DeliveryEvents } from "../../delivery/events"
import { recordDriverPositionStep, RecordDriverPositionInput } from "../steps/record-driver-position"

export const recordDriverPositionWorkflowId = "record-driver-position"

/**
 * A carrying driver's phone reports where it is. One report per driver at a time
 * (a lock), so two reports never both decide to recompute the ETAs; a newer
 * position emits `delivery.driver_position_updated` (the ETA subscriber and the
 * live streams take it from there).
 */
export const recordDriverPositionWorkflow = createWorkflow(recordDriverPositionWorkflowId, (input: RecordDriverPositionInput) => {
  const key = transform({ input }, ({ input }) => `driver-position:${input.driver_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const recorded = recordDriverPositionStep(input)
  when("position-accepted", { recorded }, ({ recorded }) => recorded.accepted).then(() => {
    emitEventStep({
      eventName: DeliveryEvents.DRIVER_POSITION_UPDATED,
      data: transform({ recorded }, ({ recorded }) => ({
        driver_id: recorded.driver_id,
        order_ids: recorded.order_ids,
        refresh_etas: recorded.refresh_etas,
      })),
    })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(recorded)
})
