import { acquireLockStep, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDriverDeliveryStep } from "../steps/load-driver-delivery"
import { stampDeliveryAssignmentStep } from "../steps/stamp-delivery-assignment"
import { DELIVERY_LOCK, deliveryLockKey } from "../utils/delivery-lock"
import { DriverDeliveryInput } from "./claim-delivery"

export const pickUpDeliveryWorkflowId = "pick-up-delivery"

/**
 * The driver leaves the bakery with the order they claimed: Medusa's shipment
 * workflow ships its prepared fulfillment, so the order reads `shipped`, the
 * out-for-delivery email goes and the first ETA is computed (their subscribers).
 */
export const pickUpDeliveryWorkflow = createWorkflow(pickUpDeliveryWorkflowId, (input: DriverDeliveryInput) => {
  const key = transform({ input }, ({ input }) => deliveryLockKey(input.order_id))
  acquireLockStep({ key, timeout: DELIVERY_LOCK.timeout, ttl: DELIVERY_LOCK.ttl })
  const loaded = loadDriverDeliveryStep(transform({ input }, ({ input }) => ({ ...input, action: "pick_up" as const })))
  const assignment = stampDeliveryAssignmentStep(
    transform({ loaded }, ({ loaded }) => ({ id: loaded.assignment!.id, field: "picked_up_at" as const }))
  )
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, loaded }, ({ input, loaded }) => ({
      order_id: input.order_id,
      fulfillment_id: loaded.fulfillment.id,
      items: (loaded.fulfillment.items ?? []).map((item: { line_item_id: string; quantity: number }) => ({
        id: item.line_item_id,
        quantity: item.quantity,
      })),
      created_by: input.driver_id,
    })),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(assignment)
})
