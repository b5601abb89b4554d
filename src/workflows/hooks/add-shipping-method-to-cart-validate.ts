import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { SWEETSPOT_FULFILLMENT_PROVIDER_ID } from "../../modules/sweetspot-fulfillment"
import { cartFulfillmentQuote } from "../delivery/utils/cart-fulfillment-quote"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * POST /store/carts/:id/shipping-methods, whoever calls it: a SweetSpot option
 * is refused, with the reason a storefront can show, when it is another
 * bakery's, collection is turned off, or the bakery does not deliver in the
 * cart's currency or to its address. (Medusa's own check would refuse the same
 * options, since the listing hides them, but without saying why.)
 */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const optionIds = (input.options ?? []).map((option) => option.id)
  if (!optionIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "provider_id", "data"],
    filters: { id: optionIds },
  })
  const ours = options.filter((option) => option.provider_id === SWEETSPOT_FULFILLMENT_PROVIDER_ID)
  if (!ours.length) {
    return
  }
  const quote = await cartFulfillmentQuote(container, cart.id)
  if (!quote) {
    throw invalid("Add cakes to the cart before choosing collection or delivery")
  }
  for (const option of ours) {
    const data = (option.data ?? {}) as { id?: string; bakery_id?: string }
    if (data.bakery_id !== quote.bakery.id) {
      throw invalid(`${option.name} is not offered for this cart: its cakes are baked by ${quote.bakery.name}`)
    }
    if (data.id === "pickup" && !quote.pickup_offered) {
      throw invalid(`${quote.bakery.name} does not offer collection at the moment: choose delivery`)
    }
    if (data.id === "delivery" && quote.no_delivery_reason) {
      throw invalid(quote.no_delivery_reason.message)
    }
  }
})
