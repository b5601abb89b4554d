import { Modules } from "@medusajs/framework/utils"
import { acquireCapacityLock, checkoutCapacityLock, releaseCapacityLock } from "../capacity-lock"

/** A locking service whose lock is held by someone else until `freeAfter` attempts have failed. */
function lockingHeldFor(freeAfter: number) {
  let attempts = 0
  const released: unknown[] = []
  const locking = {
    acquire: async () => {
      attempts++
      if (attempts <= freeAfter) throw new Error('Failed to acquire lock for key "x"')
    },
    release: async (key: string, args: unknown) => {
      released.push([key, args])
      return false
    },
  }
  const container = { resolve: (name: string) => (name === Modules.LOCKING ? locking : undefined) } as any
  return { container, released, attempts: () => attempts }
}

describe("the checkout capacity lock", () => {
  const lock = checkoutCapacityLock({ bakery_id: "bkry_1", date: "2026-12-02" }, "cart_1")

  it("is keyed by the slot's bakery and day, owned by the cart", () => {
    expect(lock).toEqual({ key: "delivery-capacity:bkry_1:2026-12-02", owner: "cart_1" })
  })

  it("waits for a lock held elsewhere and takes it once free", async () => {
    const { container, attempts } = lockingHeldFor(2)
    await acquireCapacityLock(container, lock, { timeoutSeconds: 5 })
    expect(attempts()).toEqual(3)
  })

  it("gives up on a lock held too long with a 409 a shopper can act on, not a 500", async () => {
    const { container } = lockingHeldFor(Infinity)
    await expect(acquireCapacityLock(container, lock, { timeoutSeconds: 0, label: "Crumb & Co on 2026-12-02" })).rejects.toMatchObject({
      type: "conflict",
      code: "domain_conflict",
      message: "Other orders for Crumb & Co on 2026-12-02 are being placed right now: try again in a moment",
    })
  })

  it("releases only as its owner", async () => {
    const { container, released } = lockingHeldFor(0)
    await releaseCapacityLock(container, lock)
    expect(released).toEqual([["delivery-capacity:bkry_1:2026-12-02", { ownerId: "cart_1" }]])
  })
})
