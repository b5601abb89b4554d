import { randomBytes } from "node:crypto"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * What a shopper's catalog answers show changes rarely, and only through known
 * doors: a stamp per scope, kept in Medusa's caching module (per process in memory,
 * shared on Redis), is replaced whenever something in the scope changes. A
 * conditional GET compares stamps instead of building the answer
 * (src/api/utils/conditional-get.ts).
 *
 * - `catalog`: products, variants, prices and price lists, cake profiles, bakeries
 *   and which cakes they bake, sales channels, regions (the cake and bakery routes).
 * - `bakery:<id>`: one bakery's days: its fields, closures and bookings (calendar, slots).
 */
export const CATALOG_STAMP = "catalog"
export const bakeryStamp = (bakeryId: string) => `bakery:${bakeryId}`

const STAMP_TAG = "sweetspot:catalog-stamp"
const keyOf = (scope: string) => `${STAMP_TAG}:${scope}`
/** A bound on memory only: a stamp that expired is made again, which only costs one full answer. */
const TTL_SECONDS = 24 * 60 * 60

/**
 * The current stamp of each scope. A scope without one (never read, bumped, or
 * expired) gets a new one first: only the answers built after it carry it.
 */
export async function readCatalogStamps(container: MedusaContainer, scopes: string[]): Promise<string[]> {
  const caching = container.resolve(Modules.CACHING)
  return Promise.all(
    scopes.map(async (scope) => {
      const hit = (await caching.get({ key: keyOf(scope) })) as { stamp: string } | null
      if (hit?.stamp) {
        return hit.stamp
      }
      const stamp = randomBytes(9).toString("base64url")
      await caching.set({ key: keyOf(scope), data: { stamp }, ttl: TTL_SECONDS, tags: [STAMP_TAG] })
      return stamp
    })
  )
}

/**
 * Forgets the stamps of these scopes, after their data changed (call it once the
 * change is written): the next answer gets a new one, so every ETag given before
 * stops matching.
 */
export async function bumpCatalogStamps(container: MedusaContainer, scopes: string[]): Promise<void> {
  const caching = container.resolve(Modules.CACHING)
  for (const scope of new Set(scopes)) {
    // The caching module merges a clear into one of the same key still running; that
    // one may have started before our change was written. The second clear starts
    // after the first ends, so one clear surely starts after the change.
    await caching.clear({ key: keyOf(scope) })
    await caching.clear({ key: keyOf(scope) })
  }
}
