import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { assertCartAccess } from "../../../../../workflows/checkout/rules/cart-access"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bookedCakes, deliveryBakeryFields, loadCartDeliveryContext } from "../../../../../workflows/delivery/cart-delivery-context"
import { deliveryWindows } from "../../../../../workflows/delivery/rules/delivery-slots"
import { zonedDate } from "../../../../../workflows/delivery/rules/zoned-time"
import { StoreGetDeliverySlotsParamsType } from "../../validators"

/**
 * The bakery's delivery windows on a day, each available or not. With `cart_id`
 * the cart's cakes count against capacity and its slowest cake's lead time applies.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetDeliverySlotsParamsType>, res: MedusaResponse) => {
  const { date, cart_id } = req.validatedQuery as StoreGetDeliverySlotsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bakery] } = await query.graph({
    entity: "bakery",
    fields: deliveryBakeryFields,
    filters: { id: req.params.id, is_active: true },
  })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${req.params.id} was not found`)
  }
  const now = new Date()
  if (date < zonedDate(now, bakery.timezone)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `date: ${date} is in the past`)
  }

  const cart = cart_id ? await loadCartDeliveryContext(req.scope, cart_id) : null
  if (cart_id) {
    assertCartAccess(cart?.cart, cart_id, req.auth_context?.actor_id)
  }
  const sameBakery = cart?.bakery?.id === bakery.id
  const slots = deliveryWindows(bakery as any, {
    date,
    now,
    lead_time_minutes: sameBakery ? cart!.lead_time_minutes : bakery.lead_time_minutes,
    booked_cakes: await bookedCakes(req.scope, bakery.id, date),
    cakes: sameBakery ? Math.max(cart!.cake_count, 1) : 1,
  })
  res.json({ slots })
}
