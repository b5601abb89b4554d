import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DeliveryFee } from "../../../types/bakery/delivery-fee"
import { DeliveryPricingContext } from "../../../types/fulfillment/fulfillment"
import { feeFor } from "../rules/delivery-fee"
import { locateAddress } from "./locate-address"
import { roadDistance } from "./road-distance"

/** A bakery as collect-or-deliver reads it. */
export type QuoteBakery = {
  id: string
  name: string
  pickup_enabled: boolean
  latitude: number | null
  longitude: number | null
  delivery_radius_km: number | null
  delivery_fees: DeliveryFee[] | null
}

const quoteBakeryFields = ["id", "name", "pickup_enabled", "latitude", "longitude", "delivery_radius_km", "delivery_fees"]

/** Why a cart is not offered delivery. */
export type NoDeliveryReason =
  | { code: "currency"; message: string }
  | { code: "outside_radius"; message: string; distance_km: number; radius_km: number }

/**
 * What a cake cart may choose and what delivery costs it: its bakery (from its
 * cakes), whether collection is offered, the fee row for its currency, the road
 * distance to its address (null while unknown) and, when delivery is not
 * offered, why. Every SweetSpot path reads this one answer: the shipping option
 * hooks (listing, pricing, adding, refreshing) and checkout.
 */
export type CartFulfillmentQuote = {
  bakery: QuoteBakery
  pickup_offered: boolean
  delivery_offered: boolean
  no_delivery_reason: NoDeliveryReason | null
  pricing: DeliveryPricingContext
}

/** The cart's quote, or null for a cart without cakes (or no cart). */
export async function cartFulfillmentQuote(container: MedusaContainer, cartId: string): Promise<CartFulfillmentQuote | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "item_subtotal", "items.product_id", "shipping_address.*"],
    filters: { id: cartId },
  })
  if (!cart) {
    return null
  }
  const productIds = [...new Set((cart.items ?? []).map((item) => item?.product_id).filter(Boolean))] as string[]
  if (!productIds.length) {
    return null
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", ...quoteBakeryFields.map((field) => `bakery.${field}`)],
    filters: { id: productIds },
  })
  // delivery_fees is a JSON column, which the generated types leave untyped.
  const bakery = (products as unknown as { bakery: QuoteBakery | null }[]).find((product) => product.bakery)?.bakery
  if (!bakery) {
    return null
  }
  return quoteFor(container, bakery, {
    currency_code: String(cart.currency_code),
    item_subtotal: Number(cart.item_subtotal ?? 0),
    shipping_address: cart.shipping_address,
  })
}

/** The quote for a bakery and a cart's currency, subtotal and address (see cartFulfillmentQuote). */
export async function quoteFor(
  container: MedusaContainer,
  bakery: QuoteBakery,
  cart: { currency_code: string; item_subtotal: number; shipping_address?: unknown }
): Promise<CartFulfillmentQuote> {
  const fee = feeFor(bakery.delivery_fees, cart.currency_code)
  const distance_km = await deliveryDistanceKm(container, bakery, cart.shipping_address)
  const radius = bakery.delivery_radius_km
  let no_delivery_reason: NoDeliveryReason | null = null
  if (!fee) {
    no_delivery_reason = {
      code: "currency",
      message: `${bakery.name} does not deliver in ${cart.currency_code.toUpperCase()}: choose collection, or shop in a currency it delivers in`,
    }
  } else if (radius != null && distance_km != null && distance_km > radius) {
    no_delivery_reason = {
      code: "outside_radius",
      message: `The delivery address is ${distance_km.toFixed(1)} km from ${bakery.name}, which delivers within ${radius} km`,
      distance_km,
      radius_km: radius,
    }
  }
  return {
    bakery,
    pickup_offered: bakery.pickup_enabled !== false,
    delivery_offered: !no_delivery_reason,
    no_delivery_reason,
    pricing: {
      bakery_id: bakery.id,
      bakery_name: bakery.name,
      currency_code: cart.currency_code,
      fee,
      distance_km,
      item_subtotal: cart.item_subtotal,
    },
  }
}

/**
 * How far the bakery delivers to an address, by road (see roadDistance), or
 * null when either end cannot be placed (no bakery coordinates, no address, a
 * postcode neither Google nor the offline table knows).
 */
export async function deliveryDistanceKm(
  container: MedusaContainer,
  bakery: Pick<QuoteBakery, "latitude" | "longitude">,
  address: unknown
): Promise<number | null> {
  if (bakery.latitude == null || bakery.longitude == null || !address) {
    return null
  }
  const destination = await locateAddress(container, address)
  if (!destination) {
    return null
  }
  const { km } = await roadDistance(container, { latitude: bakery.latitude, longitude: bakery.longitude }, destination)
  return Math.round(km * 10) / 10
}
