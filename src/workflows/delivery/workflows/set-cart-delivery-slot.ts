import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chooseCartDeliverySlotStep, ChooseCartDeliverySlotInput } from "../steps/choose-cart-delivery-slot"
import { saveCartDeliverySlotStep } from "../steps/save-cart-delivery-slot"

export const setCartDeliverySlotWorkflowId = "set-cart-delivery-slot"

/** Books a delivery window for a cart (replacing any earlier choice) after checking the bakery can meet it. */
export const setCartDeliverySlotWorkflow = createWorkflow(
  setCartDeliverySlotWorkflowId,
  (input: ChooseCartDeliverySlotInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 30 })
    const chosen = chooseCartDeliverySlotStep(input)
    const slot = saveCartDeliverySlotStep(
      transform({ input, chosen }, ({ input, chosen }) => ({ cart_id: input.cart_id, ...chosen }))
    )
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(slot)
  }
)
