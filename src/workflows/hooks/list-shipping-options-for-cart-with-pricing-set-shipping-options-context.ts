import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { shippingOptionsContext } from "../delivery/utils/shipping-options-context"

/**
 * The priced listing that adding a shipping method and every cart refresh run:
 * the same options as the plain listing, so another bakery's option cannot be
 * added, and a method the cart no longer has the choice of (collection turned
 * off, an address outside the radius) is dropped on the next refresh.
 */
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await shippingOptionsContext(container, cart.id))
})
