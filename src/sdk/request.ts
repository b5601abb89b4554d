import type { Client } from "@medusajs/js-sdk"
import { SweetSpotApiError } from "./api-error"

export type RequestInit = {
  method?: "GET" | "POST" | "DELETE"
  /** JSON (an object) or a FormData, sent as multipart. */
  body?: unknown
  query?: object
  /** `null` removes one of the client's own headers. */
  headers?: Record<string, string | null>
}

/**
 * The error type Medusa's error handler gives each status. The js-sdk's
 * `FetchError` keeps an error answer's `status`, `statusText` and `message` but
 * drops its `type` and `code`, so the helpers give the type of the status (a 400
 * reads `invalid_data` whether Medusa said `invalid_data` or `not_allowed`) and no
 * `code` (a conflict's `domain_conflict` is lost). A js-sdk that kept the answer's
 * body on its error would let the helpers pass `type` and `code` on unchanged.
 */
const typeOfStatus: Record<number, string> = {
  400: "invalid_data",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  422: "duplicate_error",
  429: "too_many_requests",
}

/** What the js-sdk's client throws for an error answer. */
type FetchErrorLike = Error & { status?: number; statusText?: string }

const isFetchError = (error: unknown): error is FetchErrorLike =>
  error instanceof Error && typeof (error as FetchErrorLike).status === "number"

/**
 * Sends one request through the js-sdk's own `client.fetch` (its base URL,
 * publishable key, secret key, JWT or session); throws `SweetSpotApiError` on an
 * error answer, and network failures as they are.
 */
export async function request<T>(client: Client, path: string, init: RequestInit = {}): Promise<T> {
  // A FormData goes out as multipart: the client's JSON content type is dropped so fetch sets the boundary.
  const multipart = typeof FormData !== "undefined" && init.body instanceof FormData
  try {
    return await client.fetch<T>(path, {
      method: init.method ?? "GET",
      headers: (multipart ? { ...init.headers, "content-type": null } : init.headers) as Record<string, string>,
      body: init.body as Record<string, unknown> | undefined,
      query: init.query as Record<string, unknown> | undefined,
    })
  } catch (error) {
    if (isFetchError(error)) {
      const status = error.status!
      throw new SweetSpotApiError(status, typeOfStatus[status] ?? (status >= 500 ? "unknown_error" : "invalid_data"), error.message)
    }
    throw error
  }
}

/** A path segment from an id, escaped so an id can never change the route. */
export const segment = (id: string) => encodeURIComponent(id)

/** The image types the photo routes answer. */
const IMAGE_ACCEPT = "image/jpeg, image/png, image/webp"

/**
 * An image route's answer as a Blob (its `type` is the image's content type):
 * asked without JSON's `accept`, the js-sdk hands back the raw Response.
 */
export async function requestImage(client: Client, path: string): Promise<Blob> {
  const response = await request<Response>(client, path, { headers: { accept: IMAGE_ACCEPT } })
  return response.blob()
}

/** A file route's answer as a Blob, asked for with the given `accept` (not JSON's, so the js-sdk hands back the raw Response). */
export async function requestFile(client: Client, path: string, accept: string): Promise<Blob> {
  const response = await request<Response>(client, path, { headers: { accept } })
  return response.blob()
}

/** A text route's answer (CSV), asked without JSON's `accept`, as its text. */
export async function requestText(client: Client, path: string, query: Record<string, unknown>, accept: string): Promise<string> {
  const response = await request<Response>(client, path, { headers: { accept }, query })
  return response.text()
}

/** A photo as the upload routes take it: a Blob or File, in the multipart field `file`. */
export function photoForm(photo: Blob, filename = "photo"): FormData {
  const form = new FormData()
  form.append("file", photo, (photo as File).name || filename)
  return form
}
