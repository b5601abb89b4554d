import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartAccess } from "../../checkout/rules/owner-access"
import { effectiveLeadTime, SlotBakery } from "../rules/delivery-slots"

export const deliveryBakeryFields = [
  "id",
  "name",
  "is_active",
  "timezone",
  "opening_hours",
  "lead_time_minutes",
  "daily_capacity",
  "window_capacity",
  "order_cutoff",
  "pickup_enabled",
  "latitude",
  "longitude",
  "delivery_radius_km",
]

/** A bakery as the delivery rules read it (its opening hours are a JSON column, typed here). */
export type DeliveryBakery = SlotBakery & {
  id: string
  name: string
  is_active: boolean
  pickup_enabled: boolean
  latitude: number | null
  longitude: number | null
  delivery_radius_km: number | null
}

/** A cake of the cart as checkout reads it. */
export type CartCake = {
  id: string
  title: string
  status: string
  cake_profile: { is_available: boolean; lead_time_minutes: number | null } | null
  bakery: DeliveryBakery | null
}

/**
 * What delivery rules need to know of a cart: its bakery (from its cakes), how
 * many cakes, the lead time that applies, its slot and address. `bakery` is null
 * for a cart without cakes.
 */
export async function loadCartDeliveryContext(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "customer.has_account",
      "completed_at",
      "items.product_id",
      "items.quantity",
      "shipping_address.metadata",
      "shipping_address.postal_code",
      "shipping_address.country_code",
      "delivery_slot.*",
    ],
    filters: { id: cartId },
  })
  if (!cart) {
    return null
  }
  const productIds = [...new Set((cart.items ?? []).map((item) => item?.product_id).filter(Boolean))] as string[]
  const products = productIds.length
    ? (await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "status",
          "cake_profile.is_available",
          "cake_profile.lead_time_minutes",
          ...deliveryBakeryFields.map((f) => `bakery.${f}`),
        ],
        filters: { id: productIds },
      })).data
    : []
  // The bakery's opening hours are a JSON column, which the generated types leave untyped.
  const cakes = (products as unknown as CartCake[]).filter((product) => product.bakery)
  const bakery = cakes[0]?.bakery ?? null
  const cakeIds = new Set(cakes.map((product) => product.id))
  const cakeCount = (cart.items ?? [])
    .filter((item) => item?.product_id && cakeIds.has(item.product_id))
    .reduce((sum, item) => sum + Number(item!.quantity), 0)

  return {
    cart,
    bakery,
    /** The cart's cakes (products baked by a bakery). */
    cakes,
    cake_count: cakeCount,
    lead_time_minutes: bakery ? effectiveLeadTime(bakery.lead_time_minutes, cakes.map((product) => product.cake_profile?.lead_time_minutes)) : 0,
    slot: cart.delivery_slot ?? null,
  }
}

export type CartDeliveryContext = NonNullable<Awaited<ReturnType<typeof loadCartDeliveryContext>>>

export type LoadCartDeliveryContextStepInput = {
  cart_id: string
  /** The logged-in shopper, if any: a registered shopper's cart is theirs alone (404 to anyone else). */
  customer_id?: string | null
}

export const loadCartDeliveryContextStepId = "load-cart-delivery-context"

/**
 * The cart's delivery context (see loadCartDeliveryContext), for the shopper who
 * asks: a cart that is not theirs, or not there, is a 404. Every workflow that
 * needs it loads it here; the checkout hooks, which cannot run steps, call the
 * same function. Writes nothing.
 */
export const loadCartDeliveryContextStep = createStep(
  loadCartDeliveryContextStepId,
  async (input: LoadCartDeliveryContextStepInput, { container }) => {
    const context = await loadCartDeliveryContext(container, input.cart_id)
    assertCartAccess(context?.cart, input.cart_id, input.customer_id)
    return new StepResponse(context as CartDeliveryContext)
  }
)
