import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { bakeryStamp, bumpCatalogStamps } from "../../catalog/utils/catalog-stamps"
import { checkoutCapacityLock, releaseCapacityLock } from "./capacity-lock"
import { loadCartDeliveryContext } from "../steps/load-cart-delivery-context"

export type BookedSlot = { slot_id: string; order_id: string; bakery_id: string }

/**
 * The cart's slot becomes the order's: booked with the order's cake count (now
 * it uses the day's capacity) and linked to the order. Releases the capacity
 * lock the checkout validation took.
 */
export async function bookDeliverySlot(container: MedusaContainer, cartId: string, orderId: string): Promise<BookedSlot | null> {
  const context = await loadCartDeliveryContext(container, cartId)
  const slot = context?.slot
  if (!slot) {
    return null
  }
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  await service.updateDeliverySlots({ id: slot.id, booked_at: new Date(), cake_quantity: context.cake_count })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.ORDER]: { order_id: orderId },
    [DELIVERY_MODULE]: { delivery_slot_id: slot.id },
  })
  await bumpCatalogStamps(container, [bakeryStamp(slot.bakery_id)])
  await releaseCapacityLock(container, checkoutCapacityLock(slot, cartId))
  return { slot_id: slot.id, order_id: orderId, bakery_id: slot.bakery_id }
}

/** Undoes bookDeliverySlot. */
export async function unbookDeliverySlot(container: MedusaContainer, booked: BookedSlot) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
    [Modules.ORDER]: { order_id: booked.order_id },
    [DELIVERY_MODULE]: { delivery_slot_id: booked.slot_id },
  })
  await service.updateDeliverySlots({ id: booked.slot_id, booked_at: null, cake_quantity: 0 })
  if (booked.bakery_id) {
    await bumpCatalogStamps(container, [bakeryStamp(booked.bakery_id)])
  }
}
