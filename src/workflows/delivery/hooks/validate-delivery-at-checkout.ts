import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { acquireCapacityLock, capacityLockKey, releaseCapacityLock } from "../capacity-lock"
import { bookedCakes, loadCartDeliveryContext } from "../cart-delivery-context"
import { checkSlot } from "../rules/check-slot"
import { outsideDeliveryRadius } from "../rules/delivery-radius"
import { addressCoordinates } from "../rules/eta"

type CapacityLock = { key: string; owner: string }

/**
 * The delivery address's coordinates: from the storefront (address metadata),
 * else its postal code geocoded by Google (cached for a day), else unknown, and
 * the radius check is skipped.
 */
async function locateAddress(container: MedusaContainer, address: any) {
  const known = addressCoordinates(address)
  if (known || !address?.postal_code || !address?.country_code) {
    return known
  }
  const caching = container.resolve(Modules.CACHING)
  const key = `sweetspot:geocode:${String(address.postal_code).replace(/\s+/g, "").toUpperCase()}:${address.country_code}`
  const cached = (await caching.get({ key })) as { latitude: number; longitude: number } | null
  if (cached) {
    return cached
  }
  const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const located = await delivery.locatePostalCode(address.postal_code, address.country_code)
  if (located) {
    await caching.set({ key, data: located, ttl: 24 * 3600 })
  }
  return located
}

/**
 * Before a cake cart becomes an order: it needs a delivery slot the bakery can
 * still meet (lead time, capacity) and an address within the delivery radius
 * (when the bakery has coordinates and the address has them or a postal code
 * Google can place). The bakery's day is locked from this check
 * until the order-created hook books the slot, so two shoppers racing for the
 * last cake cannot both win; a failed checkout releases the lock.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const context = await loadCartDeliveryContext(container, cart.id)
    if (!context?.bakery || context.cart.completed_at) {
      return new StepResponse(undefined, undefined as CapacityLock | undefined)
    }
    const { bakery, slot } = context
    if (!slot) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Choose a delivery slot before placing the order (POST /store/carts/:id/delivery-slot)"
      )
    }

    const { outside, distance_km } = outsideDeliveryRadius(bakery, await locateAddress(container, context.cart.shipping_address))
    if (outside) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The delivery address is ${distance_km!.toFixed(1)} km from ${bakery.name}, which delivers within ${bakery.delivery_radius_km} km`
      )
    }

    const lock = { key: capacityLockKey(bakery.id, slot.date), owner: cart.id }
    await acquireCapacityLock(container, lock.key, lock.owner)
    try {
      checkSlot(bakery, new Date(slot.starts_at), {
        now: new Date(),
        lead_time_minutes: context.lead_time_minutes,
        booked_cakes: await bookedCakes(container, bakery.id, slot.date),
        cakes: context.cake_count,
      })
    } catch (error: any) {
      await releaseCapacityLock(container, lock.key, lock.owner)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Your delivery slot is no longer available: ${error.message}`)
    }
    return new StepResponse(undefined, lock as CapacityLock | undefined)
  },
  async (lock, { container }) => {
    if (!lock) {
      return
    }
    await releaseCapacityLock(container, lock.key, lock.owner)
  }
)
