import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

/** The lock on one bakery's day: held from the capacity check at checkout until the order's slot is booked. */
export const capacityLockKey = (bakeryId: string, date: string) => `delivery-capacity:${bakeryId}:${date}`

/** Waits (up to `timeoutSeconds`) for the lock; it expires by itself after `ttlSeconds` if never released. */
export async function acquireCapacityLock(
  container: MedusaContainer,
  key: string,
  ownerId: string,
  { timeoutSeconds = 15, ttlSeconds = 60 } = {}
) {
  const locking = container.resolve(Modules.LOCKING)
  const giveUpAt = Date.now() + timeoutSeconds * 1000
  for (;;) {
    try {
      await locking.acquire(key, { ownerId, expire: ttlSeconds })
      return
    } catch (error) {
      if (Date.now() >= giveUpAt) {
        throw error
      }
      await sleep(100)
    }
  }
}

export async function releaseCapacityLock(container: MedusaContainer, key: string, ownerId: string) {
  await container.resolve(Modules.LOCKING).release(key, { ownerId })
}
