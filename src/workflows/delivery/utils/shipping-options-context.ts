import { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_PRICING_CONTEXT_KEY, DeliveryPricingContext } from "../../../types/fulfillment/fulfillment"
import { cartFulfillmentQuote } from "./cart-fulfillment-quote"

/** Rule attributes on each bakery's options: the "Collect from" option needs `pickup_bakery_id`, the "Delivery by" one `delivery_bakery_id`. */
export const PICKUP_RULE_ATTRIBUTE = "pickup_bakery_id"
export const DELIVERY_RULE_ATTRIBUTE = "delivery_bakery_id"

/** Matches no option's rule: what a cart gets for a choice it does not have. */
const NONE = "none"

/**
 * The shipping option context of a cart: its bakery's id under each rule
 * attribute of a choice it has (collection while pickup_enabled; delivery while
 * the bakery delivers in the cart's currency and to its address), "none" under
 * the others. Each bakery's options carry rules on these attributes, so Medusa's
 * own listing offers a cake cart its bakery's options and no other bakery's.
 */
export async function shippingOptionsContext(container: MedusaContainer, cartId: string) {
  const quote = await cartFulfillmentQuote(container, cartId)
  return {
    [PICKUP_RULE_ATTRIBUTE]: quote?.pickup_offered ? quote.bakery.id : NONE,
    [DELIVERY_RULE_ATTRIBUTE]: quote?.delivery_offered ? quote.bakery.id : NONE,
  }
}

/** What the provider's calculatePrice needs to price delivery, under `sweetspot_delivery` (see DeliveryPricingContext). */
export async function deliveryPricingContext(
  container: MedusaContainer,
  cartId: string | undefined
): Promise<Record<string, DeliveryPricingContext>> {
  const quote = cartId ? await cartFulfillmentQuote(container, cartId) : null
  return quote ? { [DELIVERY_PRICING_CONTEXT_KEY]: quote.pricing } : {}
}
