import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { shippingOptionsContext } from "../delivery/utils/shipping-options-context"

/**
 * GET /store/shipping-options?cart_id= (and whatever else lists a cart's
 * options without prices): a cake cart is offered its own bakery's "Collect
 * from" and "Delivery by" options only, collection while the bakery offers it,
 * delivery while it delivers in the cart's currency and to its address.
 */
listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await shippingOptionsContext(container, cart.id))
})
