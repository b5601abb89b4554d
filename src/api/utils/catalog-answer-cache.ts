import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { withCatalogETag } from "./conditional-get"

/**
 * A catalog answer's ETag names everything it shows (the stamps of what it reads, the
 * route, the validated query and the key's sales channels: see catalogETag), so the
 * answer built once is kept in Medusa's caching module under it and sent again as is
 * to every shopper who asks the same question, until a change moves the stamps and
 * with them the ETag. The cost of a listing no longer grows with the catalog while
 * nothing changes; after a change, the first request builds the answer again.
 */
export const CATALOG_ANSWER_CACHE_TAG = "sweetspot:catalog-answer"

/** A bound on memory only: an answer outlives its stamps by at most this. */
const TTL_SECONDS = 10 * 60

/** Answers being built in this process: a burst of the same cold question builds it once. */
const building = new Map<string, Promise<string>>()

async function cachedBody(req: MedusaStoreRequest, key: string, build: () => Promise<unknown>): Promise<string> {
  const caching = req.scope.resolve(Modules.CACHING)
  const hit = (await caching.get({ key })) as { body: string } | null
  if (hit?.body) {
    return hit.body
  }
  const running = building.get(key)
  if (running) {
    return running
  }
  const made = (async () => {
    const body = JSON.stringify(await build())
    await caching.set({ key, data: { body }, ttl: TTL_SECONDS, tags: [CATALOG_ANSWER_CACHE_TAG] })
    return body
  })()
  building.set(key, made)
  try {
    return await made
  } finally {
    building.delete(key)
  }
}

/**
 * Sends the answer named by `etag` with its catalog headers: the kept one, or the one
 * `build` makes (a 4xx it throws is not kept: it reaches the error handler as before).
 */
export async function sendCatalogAnswer(req: MedusaStoreRequest, res: MedusaResponse, etag: string, build: () => Promise<unknown>): Promise<void> {
  const body = await cachedBody(req, `${CATALOG_ANSWER_CACHE_TAG}:${etag}`, build)
  withCatalogETag(res, etag).type("application/json").send(body)
}
