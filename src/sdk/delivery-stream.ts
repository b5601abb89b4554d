import type { Client } from "@medusajs/js-sdk"
import type { OrderDeliveryStreamEvent } from "../types/delivery/http"
import { SweetSpotApiError } from "./api-error"

/** One event of an order's live delivery stream: its id (what a reconnect sends back) and the order's `delivery` now. */
export type DeliveryStreamUpdate = OrderDeliveryStreamEvent & { id: string }

export type DeliveryStreamOptions = {
  /** The last event this client saw (kept over a page reload, say): the first event then comes only if the order changed since. */
  lastEventId?: string
  /** Stops following, e.g. a React effect's cleanup: the iteration ends, without an error. */
  signal?: AbortSignal
  /** How long to wait before reconnecting until the server's `retry:` says otherwise, in ms. */
  retryMs?: number
  /** Told of each dropped connection it reconnects from (a network error, a server restart), with how many in a row. */
  onReconnect?: (attempt: number, error: unknown) => void
}

/** The statuses after which an order changes no more: the server ends its stream with them, and so does the helper. */
const FINAL_STATUSES: readonly string[] = ["delivered", "collected", "cancelled"]

/** Medusa's error types for the refusals a stream answers (the js-sdk's error keeps the status, not the type). */
const refusalTypes: Record<number, string> = { 400: "invalid_data", 401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "too_many_requests" }

/** A refusal to hand to the caller (a 4xx: reconnecting would get the same), or null for a failure worth a reconnect. */
function refusalOf(error: unknown): SweetSpotApiError | null {
  const status = (error as { status?: unknown })?.status
  if (typeof status !== "number" || status < 400 || status >= 500) {
    return null
  }
  return new SweetSpotApiError(status, refusalTypes[status] ?? "invalid_data", (error as Error).message)
}

/** Waits `ms`, or less if the signal aborts. */
const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener("abort", done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener("abort", done)
  })

/**
 * Follows a live delivery stream over the js-sdk's `client.fetchStream` (its base
 * URL, publishable key and login), yielding each event's data, typed, until the
 * order is delivered, collected or cancelled. A dropped connection is opened again
 * after the server's `retry:` (longer after repeated failures) with
 * `Last-Event-ID`, so no state is shown twice; a refusal (401, 404, 429) is thrown
 * as `SweetSpotApiError`, since reconnecting would get the same answer. Leaving the
 * loop (`break`) or aborting `signal` closes the connection.
 */
export async function* followDeliveryStream(
  client: Pick<Client, "fetchStream">,
  path: string,
  options: DeliveryStreamOptions = {}
): AsyncGenerator<DeliveryStreamUpdate, void, undefined> {
  const { signal } = options
  let lastEventId = options.lastEventId
  let retryMs = options.retryMs ?? 3000
  let failures = 0
  while (!signal?.aborted) {
    let abort: (() => void) | undefined
    const stop = () => abort?.()
    signal?.addEventListener("abort", stop)
    let dropped: unknown
    try {
      const opened = await client.fetchStream(path, { headers: lastEventId ? { "last-event-id": lastEventId } : {} })
      abort = opened.abort
      if (signal?.aborted) {
        return
      }
      for await (const message of opened.stream) {
        failures = 0
        if (message.retry) {
          retryMs = message.retry
        }
        if (message.data === undefined) {
          continue
        }
        const update = JSON.parse(message.data) as OrderDeliveryStreamEvent
        lastEventId = message.id === undefined ? lastEventId : String(message.id)
        yield { ...update, id: lastEventId ?? "" }
        if (FINAL_STATUSES.includes(update.delivery.status) || signal?.aborted) {
          return
        }
      }
      dropped = new Error("The server ended the stream before the order's final status")
    } catch (error) {
      if (signal?.aborted) {
        return
      }
      const refusal = refusalOf(error)
      if (refusal) {
        throw refusal
      }
      dropped = error
    } finally {
      signal?.removeEventListener("abort", stop)
      abort?.()
    }
    if (signal?.aborted) {
      return
    }
    failures++
    options.onReconnect?.(failures, dropped)
    await pause(Math.min(retryMs * 2 ** Math.min(failures - 1, 4), 60_000), signal)
  }
}
