import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryPricingContext } from "../delivery/utils/shipping-options-context"

/**
 * Prices "Delivery by" when a shipping method is added or the cart refreshed:
 * the road distance, fee row and item subtotal, worked out here with the whole
 * container, reach the SweetSpot provider's calculatePrice in its context.
 */
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse(await deliveryPricingContext(container, input.cart_id))
})
