import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { calculateShippingOptionsPricesWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryPricingContext } from "../delivery/utils/shipping-options-context"

/**
 * POST /store/shipping-options/:id/calculate, where a storefront asks what
 * delivery will cost: the same context, so the same price, as adding the method.
 */
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse(await deliveryPricingContext(container, input.cart_id))
})
