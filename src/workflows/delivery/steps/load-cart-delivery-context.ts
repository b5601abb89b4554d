import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartAccess } from "../../checkout/rules/owner-access"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { effectiveLeadTime } from "../rules/delivery-slots"

export const deliveryBakeryFields = [
  "id",
  "name",
  "is_active",
  "timezone",
  "opening_hours",
  "lead_time_minutes",
  "daily_capacity",
  "latitude",
  "longitude",
  "delivery_radius_km",
]

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
  const productIds = [...new Set((cart.items ?? []).map((item: any) => item?.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await query.graph({
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
      })
    : { data: [] as any[] }
  const cakes = products.filter((p: any) => p.bakery)
  const bakery = cakes[0]?.bakery ?? null
  const cakeIds = new Set(cakes.map((p: any) => p.id))
  const cakeCount = (cart.items ?? [])
    .filter((item: any) => cakeIds.has(item?.product_id))
    .reduce((sum: number, item: any) => sum + Number(item.quantity), 0)

  return {
    cart: cart as any,
    bakery: bakery as any,
    /** The cart's cakes (products baked by a bakery). */
    cakes: cakes as any[],
    cake_count: cakeCount,
    lead_time_minutes: bakery
      ? effectiveLeadTime(bakery.lead_time_minutes, cakes.map((p: any) => p.cake_profile?.lead_time_minutes))
      : 0,
    slot: cart.delivery_slot ?? null,
  }
}

/** Cakes already booked for a bakery's day. */
export function bookedCakes(container: MedusaContainer, bakeryId: string, date: string) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  return service.countBookedCakes(bakeryId, date)
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
