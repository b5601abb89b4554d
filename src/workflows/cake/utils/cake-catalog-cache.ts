import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Which products are cakes a shopper may see is worked out from bakeries, the
 * bakery-product links and cake profiles: hundreds of link rows per listing. The
 * answer changes only when SweetSpot's own workflows change those, so it is kept
 * in Medusa's caching module under this tag, and those workflows clear the tag.
 */
export const CAKE_CATALOG_CACHE_TAG = "sweetspot:cake-catalog"

/** A bound on memory only: every change that matters clears the tag at once. */
const TTL_SECONDS = 600

/** The cached answer for `key`, computed by `compute` on a miss. */
export async function cachedCakeCatalog<T>(container: MedusaContainer, key: string, compute: () => Promise<T>): Promise<T> {
  const caching = container.resolve(Modules.CACHING)
  const cacheKey = `${CAKE_CATALOG_CACHE_TAG}:${key}`
  const hit = (await caching.get({ key: cacheKey })) as { value: T } | null
  if (hit) {
    return hit.value
  }
  const value = await compute()
  await caching.set({ key: cacheKey, data: { value }, ttl: TTL_SECONDS, tags: [CAKE_CATALOG_CACHE_TAG] })
  return value
}
