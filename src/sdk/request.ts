import type { Client } from "@medusajs/js-sdk"
import { SweetSpotApiError } from "./api-error"

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue | QueryValue[]>

export type RequestInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: object
  headers?: Record<string, string>
}

/**
 * The parts of the js-sdk client a request is made from. `Client.fetch` throws a
 * `FetchError` that keeps only the status and message of Medusa's error answer and
 * drops its `type`, so the helpers send the request themselves with the client's
 * own configuration and headers (publishable key, secret key, JWT or session).
 */
type ClientInternals = {
  config: {
    baseUrl: string
    globalHeaders?: Record<string, string | null>
    auth?: { type?: "jwt" | "session"; fetchCredentials?: "include" | "omit" | "same-origin" }
  }
  locale?: string
  getApiKeyHeader_(): Record<string, string>
  getPublishableKeyHeader_(): Record<string, string>
  getJwtHeader_(): Promise<Record<string, string>>
}

function toSearchParams(query: object | undefined) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) {
        params.append(Array.isArray(value) ? `${key}[]` : key, String(item))
      }
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

async function headersOf(client: ClientInternals, extra: Record<string, string> | undefined) {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" })
  const layers = [
    client.getApiKeyHeader_(),
    client.getPublishableKeyHeader_(),
    client.locale ? { "x-medusa-locale": client.locale } : {},
    client.config.globalHeaders ?? {},
    await client.getJwtHeader_(),
    extra ?? {},
  ]
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === null) {
        headers.delete(key)
      } else {
        headers.set(key, value)
      }
    }
  }
  return headers
}

/**
 * The type Medusa's error handler gives an error answer that has none (its own
 * mapping for errors without a type). Medusa's `authenticate` middleware answers
 * 401 with `{ message: "Unauthorized" }` alone.
 */
const typeOfStatus: Record<number, string> = {
  400: "invalid_data",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
}

async function toApiError(response: Response) {
  const body = (await response.json().catch(() => ({}))) as { type?: string; message?: string; code?: string }
  return new SweetSpotApiError(
    response.status,
    body.type ?? typeOfStatus[response.status] ?? "unknown_error",
    body.message ?? response.statusText,
    body.code
  )
}

/** Sends one request to the API with the client's configuration; throws `SweetSpotApiError` on an error answer. */
export async function request<T>(client: Client, path: string, init: RequestInit = {}): Promise<T> {
  const internals = client as unknown as ClientInternals
  const base = new URL(internals.config.baseUrl)
  const url = new URL(`${base.pathname.replace(/\/$/, "")}${path}${toSearchParams(init.query)}`, base.origin)
  const session = internals.config.auth?.type === "session"
  const response = await fetch(url, {
    method: init.method ?? "GET",
    headers: await headersOf(internals, init.headers),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    ...("credentials" in Request.prototype
      ? { credentials: session ? internals.config.auth?.fetchCredentials ?? "include" : "omit" }
      : {}),
  })
  if (!response.ok) {
    throw await toApiError(response)
  }
  return (await response.json()) as T
}

/** A path segment from an id, escaped so an id can never change the route. */
export const segment = (id: string) => encodeURIComponent(id)
