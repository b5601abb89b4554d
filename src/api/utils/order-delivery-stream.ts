import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { tooManyRequests } from "../../errors/too-many-requests"
import { DELIVERY_STREAM_MODULE } from "../../modules/delivery-stream"
import type { default as DeliveryStreamModuleService, StreamLease } from "../../modules/delivery-stream/service"
import { openEventStream } from "./event-stream"
import { LiveOrderDelivery, loadLiveOrderDelivery } from "./order-delivery"

/** The statuses after which an order changes no more: its stream ends with them. */
export const FINAL_DELIVERY_STATUSES: readonly string[] = ["delivered", "collected", "cancelled"]

/** The name of every event of a delivery stream. */
export const DELIVERY_EVENT = "delivery"

/** What both live streams (store and admin) say of themselves in the API reference. */
export const DELIVERY_STREAM_DESCRIPTION =
  "Server-Sent Events: first the order's current `delivery` (the JSON route's answer, plus `driver` with the first name and latest position only while a driver carries the order), " +
  "then one event per change (status, ETA, driver position), each with an `id:`; a `: heartbeat` comment every 20 seconds (`STREAM_HEARTBEAT_SECONDS`); `retry:` first. " +
  "The stream ends after `delivered`, `collected` or `cancelled`. A reconnect with `Last-Event-ID` gets the first event only if the order changed since that event. " +
  "At most `STREAM_MAX_PER_CUSTOMER` (5) open streams per caller and server process: the next one is a 429 until one closes. " +
  "Browsers: `EventSource` cannot send the publishable key header, so read it with `fetch` (README) or the SDK's `orders.deliveryStream`."

/** An event's id names its content: the same state always has the same id, a change a new one (never all digits, which SSE parsers turn into numbers). */
export const deliveryEventId = (body: unknown) => `dlv_${createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16)}`

export type StreamOrderDeliveryInput = {
  orderId: string
  /** Whose limit the stream counts against, e.g. `customer:cus_1`. */
  actorKey: string
  /** Whether the caller may see the order; asked again at every change, so an order that stops being theirs ends the stream. */
  visible: (loaded: LiveOrderDelivery) => boolean
}

/**
 * Answers a live stream of an order's delivery: the current `{ delivery }` first,
 * then one event per change (status, ETA, driver position), each with an `id:`, and
 * the end after a final status. A change is only ever a signal: each one reads the
 * order again from the database, never the message. An order the caller may not
 * see is the 404 of a missing one, a caller holding the limit of streams a 429,
 * both before anything is streamed. Closing the connection, from either side,
 * releases the caller's place, the listener and (with Redis) the channel once no
 * stream of the order is left in this process.
 *
 * A client reconnecting with `Last-Event-ID` gets the first event only when the
 * order changed since that event (or has reached its final status).
 */
export async function streamOrderDelivery(req: MedusaRequest, res: MedusaResponse, { orderId, actorKey, visible }: StreamOrderDeliveryInput) {
  const hub = req.scope.resolve<DeliveryStreamModuleService>(DELIVERY_STREAM_MODULE)
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  // The client may leave while the checks below run, before the stream listens for it.
  let gone = false
  res.once("close", () => {
    gone = true
  })

  const load = async () => {
    const loaded = await loadLiveOrderDelivery(req.scope, orderId)
    return loaded && visible(loaded) ? { delivery: loaded.delivery } : null
  }

  // Listening starts before the first read, so no change can fall between the two.
  let changedSinceRead = false
  let onChange = () => {
    changedSinceRead = true
  }
  const stopListening = await hub.listen(orderId, () => onChange())
  let endStream: () => void = () => undefined
  let first: Awaited<ReturnType<typeof load>>
  let lease: StreamLease | null
  try {
    first = await load()
    if (!first) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
    }
    lease = hub.acquire(actorKey, () => endStream())
    if (!lease) {
      throw tooManyRequests(
        `You already follow ${hub.settings.max_per_actor} orders live, the most at once: close one of those streams before opening another`
      )
    }
  } catch (error) {
    await stopListening()
    throw error
  }
  const held = lease

  const { heartbeat_ms, retry_ms } = hub.settings
  const opened = openEventStream(res, { retryMs: retry_ms, heartbeatMs: heartbeat_ms })
  endStream = opened.end
  opened.onClose(() => {
    held.release()
    stopListening().catch((error) => logger.warn(`Delivery stream of ${orderId}: could not stop listening (${(error as Error).message})`))
  })
  if (gone) {
    opened.end()
    return
  }

  let lastId = typeof req.headers["last-event-id"] === "string" ? req.headers["last-event-id"] : null
  const show = (body: NonNullable<Awaited<ReturnType<typeof load>>>) => {
    const id = deliveryEventId(body)
    const final = FINAL_DELIVERY_STATUSES.includes(body.delivery.status)
    if (id !== lastId || final) {
      lastId = id
      opened.send({ id, event: DELIVERY_EVENT, data: body })
    }
    if (final) {
      opened.end()
    }
  }

  // Changes that arrive while a read runs are folded into one more read after it.
  let reading = false
  let changedMeanwhile = false
  const refresh = async () => {
    if (reading) {
      changedMeanwhile = true
      return
    }
    reading = true
    try {
      do {
        changedMeanwhile = false
        const body = await load()
        if (opened.closed) {
          return
        }
        if (!body) {
          opened.end()
          return
        }
        show(body)
      } while (changedMeanwhile && !opened.closed)
    } catch (error) {
      logger.warn(`Delivery stream of ${orderId}: could not read the order (${(error as Error).message}); the client reconnects`)
      opened.end()
    } finally {
      reading = false
    }
  }

  onChange = () => void refresh()
  show(first)
  if (changedSinceRead) {
    await refresh()
  }
}
