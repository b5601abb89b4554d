import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cartLockKey } from "../../cake/utils/cart-lock"
import { chooseCartDeliverySlotStep } from "../steps/choose-cart-delivery-slot"
import { loadCartDeliveryContextStep } from "../steps/load-cart-delivery-context"
import { saveCartDeliverySlotStep } from "../steps/save-cart-delivery-slot"

export type SetCartDeliverySlotWorkflowInput = {
  cart_id: string
  /** One of the bakery's windows, as an ISO date-time. */
  starts_at: string
  /** The logged-in shopper, if any: only they may change their cart. */
  customer_id?: string | null
}

export const setCartDeliverySlotWorkflowId = "set-cart-delivery-slot"

/** Books a delivery window for a cart (replacing any earlier choice) after checking the bakery can meet it. */
export const setCartDeliverySlotWorkflow = createWorkflow(
  setCartDeliverySlotWorkflowId,
  (input: SetCartDeliverySlotWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => cartLockKey(input.cart_id))
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const context = loadCartDeliveryContextStep(input)
    const chosen = chooseCartDeliverySlotStep(
      transform({ input, context }, ({ input, context }) => ({ cart_id: input.cart_id, starts_at: input.starts_at, context }))
    )
    const slot = saveCartDeliverySlotStep(
      transform({ input, chosen }, ({ input, chosen }) => ({ cart_id: input.cart_id, ...chosen }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(slot)
  }
)
