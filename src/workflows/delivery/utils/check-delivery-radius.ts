import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deliveryDistanceKm, QuoteBakery } from "./cart-fulfillment-quote"

/**
 * Checkout's radius check: a delivered cart's address must be within the
 * bakery's delivery_radius_km by the same road distance its delivery was priced
 * by. A cart being collected needs no address check. An address that cannot be
 * placed passes (nothing to measure).
 */
export async function assertWithinDeliveryRadius(
  container: MedusaContainer,
  cartId: string,
  bakery: Pick<QuoteBakery, "name" | "latitude" | "longitude" | "delivery_radius_km">
) {
  if (bakery.delivery_radius_km == null) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "shipping_methods.data", "shipping_address.*"],
    filters: { id: cartId },
  })
  const collected = (cart?.shipping_methods ?? []).some((method) => (method?.data as any)?.fulfillment === "pickup")
  if (!cart || collected) {
    return
  }
  const distance = await deliveryDistanceKm(container, bakery, cart.shipping_address)
  if (distance != null && distance > bakery.delivery_radius_km) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The delivery address is ${distance.toFixed(1)} km from ${bakery.name}, which delivers within ${bakery.delivery_radius_km} km`
    )
  }
}
