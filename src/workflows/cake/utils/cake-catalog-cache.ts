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

/** Answers being computed in this process: requests that miss together wait for one computation. */
const computing = new Map<string, Promise<unknown>>()

/**
 * After a change, a computation still running may have read the catalog before it:
 * requests from now on must not wait for it (see clearCakeCatalogCacheStep).
 */
export function forgetCakeCatalogComputations(): void {
  computing.clear()
}

/** The cached answer for `key`, computed by `compute` on a miss (once per process at a time). */
export async function cachedCakeCatalog<T>(container: MedusaContainer, key: string, compute: () => Promise<T>): Promise<T> {
  const caching = container.resolve(Modules.CACHING)
  const cacheKey = `${CAKE_CATALOG_CACHE_TAG}:${key}`
  const hit = (await caching.get({ key: cacheKey })) as { value: T } | null
  if (hit) {
    return hit.value
  }
  const running = computing.get(cacheKey)
  if (running) {
    return running as Promise<T>
  }
  const computed = (async () => {
    const value = await compute()
    await caching.set({ key: cacheKey, data: { value }, ttl: TTL_SECONDS, tags: [CAKE_CATALOG_CACHE_TAG] })
    return value
  })()
  computing.set(cacheKey, computed)
  try {
    return await computed
  } finally {
    if (computing.get(cacheKey) === computed) {
      computing.delete(cacheKey)
    }
  }
}
