import { DeliveryFee } from "../bakery/delivery-fee"

/** How an order reaches its shopper: collected or delivered; the value of a shipping method's `data.fulfillment`. */
export const FULFILLMENT_KINDS = ["pickup", "delivery"] as const
export type FulfillmentKind = (typeof FULFILLMENT_KINDS)[number]

/** A SweetSpot shipping option's `data`: which of the provider's options it is, for which bakery. */
export type SweetSpotOptionData = { id: FulfillmentKind; bakery_id: string }

/** What a SweetSpot shipping method carries (`cart.shipping_methods[].data`, then the order's). */
export type SweetSpotMethodData = { fulfillment: FulfillmentKind; bakery_id: string }

/**
 * What the setCalculatedShippingPricingContext hooks hand the provider's
 * calculatePrice, under the context key `sweetspot_delivery`: everything the
 * fee rule needs, worked out with the whole container.
 */
export type DeliveryPricingContext = {
  bakery_id: string
  bakery_name: string
  currency_code: string
  /** The bakery's fee row for the cart's currency; null when it does not deliver in it. */
  fee: DeliveryFee | null
  /** Road distance (or straight line x 1.3) to the delivery address; null while unknown. */
  distance_km: number | null
  /** The cart's item subtotal, main units: what `free_over` compares with. */
  item_subtotal: number
}

export const DELIVERY_PRICING_CONTEXT_KEY = "sweetspot_delivery"
