import { createHash } from "node:crypto"
import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { readCatalogStamps } from "../../workflows/catalog/utils/catalog-stamps"

type ETagOptions = {
  /**
   * The answer also depends on the time (windows start, lead times and cut-offs
   * pass): the ETag holds for the current minute only. Every such boundary is a
   * whole minute (HH:MM opening hours and cut-offs, lead times in minutes, time
   * zone offsets in minutes), so within a minute the answer cannot change by itself.
   */
  perMinute?: boolean
}

/** Sorted keys all the way down, so `?a=1&b=2` and `?b=2&a=1` are the same question. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(normalized)
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalized((value as Record<string, unknown>)[key])])
    )
  }
  return value
}

/**
 * The ETag of a catalog answer, without building it: the stamps of the scopes it
 * reads (src/workflows/catalog/utils/catalog-stamps.ts), the route and id, the
 * validated query (region, filters, fields, page) and the publishable key's sales
 * channels. Whatever the answer shows changes only with one of those.
 */
export async function catalogETag(req: MedusaStoreRequest, scopes: string[], options: ETagOptions = {}): Promise<string> {
  const stamps = await readCatalogStamps(req.scope, scopes)
  const question = normalized({
    path: req.baseUrl + req.path,
    query: req.validatedQuery ?? {},
    sales_channel_ids: [...(req.publishable_key_context?.sales_channel_ids ?? [])].sort(),
    minute: options.perMinute ? Math.floor(Date.now() / 60_000) : null,
  })
  const digest = createHash("sha256").update(JSON.stringify([scopes, stamps, question])).digest("base64url").slice(0, 32)
  return `W/"${digest}"`
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "")

/**
 * Answers 304 without a body when the request's `If-None-Match` names `etag`
 * (weak comparison, as RFC 9110 asks for GET). Returns whether it did.
 */
export function notModified(req: MedusaStoreRequest, res: MedusaResponse, etag: string): boolean {
  const header = req.headers["if-none-match"]
  if (!header) {
    return false
  }
  const wanted = opaque(etag)
  const matches = header.trim() === "*" || header.split(",").some((tag) => opaque(tag) === wanted)
  if (!matches) {
    return false
  }
  withCatalogETag(res, etag).status(304).end()
  return true
}

/**
 * The headers of a catalog answer: its ETag, and that a cache must ask again before
 * reusing it (`no-cache`) and keep answers apart per publishable key.
 */
export function withCatalogETag(res: MedusaResponse, etag: string): MedusaResponse {
  res.setHeader("ETag", etag)
  res.setHeader("Cache-Control", "no-cache")
  res.vary("x-publishable-api-key")
  return res
}
