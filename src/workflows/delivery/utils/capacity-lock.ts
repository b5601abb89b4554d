import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"
import { domainConflict } from "../../../errors/domain-conflict"

/** The lock on one bakery's day: held from the capacity check at checkout until the order's slot is booked. */
export const capacityLockKey = (bakeryId: string, date: string) => `delivery-capacity:${bakeryId}:${date}`

export type CapacityLock = { key: string; owner: string }

/**
 * The lock a cart's checkout takes on its slot's bakery-day. The checkout hook
 * takes it and the order-created hook releases it, both from the cart's slot
 * (whose bakery checkout has checked is the cart's), so the lock released is
 * always the lock taken.
 */
export function checkoutCapacityLock(slot: { bakery_id: string; date: string }, cartId: string): CapacityLock {
  return { key: capacityLockKey(slot.bakery_id, slot.date), owner: cartId }
}

/**
 * Waits (up to `timeoutSeconds`) for the lock; it expires by itself after
 * `ttlSeconds` if never released. A lock still held by another checkout after the
 * wait is a 409 the shopper can act on (try again), never a 500.
 */
export async function acquireCapacityLock(
  container: MedusaContainer,
  lock: CapacityLock,
  { timeoutSeconds = 15, ttlSeconds = 60, label = "this delivery day" } = {}
) {
  const locking = container.resolve(Modules.LOCKING)
  const giveUpAt = Date.now() + timeoutSeconds * 1000
  for (;;) {
    try {
      await locking.acquire(lock.key, { ownerId: lock.owner, expire: ttlSeconds })
      return
    } catch {
      if (Date.now() >= giveUpAt) {
        throw domainConflict(`Other orders for ${label} are being placed right now: try again in a moment`)
      }
      await sleep(100)
    }
  }
}

/** Releases the lock if this owner still holds it; a lock that expired and moved on is left to its new owner. */
export async function releaseCapacityLock(container: MedusaContainer, lock: CapacityLock) {
  await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.owner })
}
