import { SweetSpotApiError } from "../api-error"
import { followDeliveryStream } from "../delivery-stream"

type Message = { id?: string | number; event?: string; data?: string; retry?: number }

const event = (id: string, status: string) => ({ id, event: "delivery", data: JSON.stringify({ delivery: { fulfillment: "delivery", status, slot: null, estimate: null } }) })
const httpError = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: "" })

/**
 * A js-sdk client whose `fetchStream` plays one script per connection: messages
 * to yield, then an error to throw or the end of the stream. It records each
 * connection's headers and whether it was aborted.
 */
function scriptedClient(connections: { messages?: Message[]; fail?: unknown; hang?: boolean }[]) {
  const opened: { headers: Record<string, string>; aborted: boolean }[] = []
  const client = {
    fetchStream: jest.fn(async (_path: string, init?: { headers?: Record<string, string> }) => {
      const script = connections[opened.length] ?? { fail: new Error("no more connections in the script") }
      const record = { headers: { ...(init?.headers ?? {}) }, aborted: false }
      opened.push(record)
      let release: () => void = () => undefined
      return {
        abort: () => {
          record.aborted = true
          release()
        },
        stream: (async function* () {
          for (const message of script.messages ?? []) {
            yield message
          }
          if (script.fail) {
            throw script.fail
          }
          if (script.hang) {
            // As the js-sdk's reader: an aborted stream reads no further.
            await new Promise<void>((resolve) => (record.aborted ? resolve() : (release = resolve)))
            throw Object.assign(new Error("aborted"), { name: "AbortError" })
          }
        })(),
      }
    }),
  }
  return { client: client as any, opened }
}

const collect = async (updates: AsyncIterable<{ id: string; delivery: { status: string } }>) => {
  const seen: [string, string][] = []
  for await (const update of updates) {
    seen.push([update.id, update.delivery.status])
  }
  return seen
}

describe("following an order's delivery stream", () => {
  it("yields each event's data with its id and stops after the final status, closing the connection", async () => {
    const { client, opened } = scriptedClient([{ messages: [{ retry: 3000 }, event("dlv_a", "pending"), event("dlv_b", "shipped"), event("dlv_c", "delivered")], hang: true }])
    expect(await collect(followDeliveryStream(client, "/store/orders/order_1/delivery/stream"))).toEqual([
      ["dlv_a", "pending"],
      ["dlv_b", "shipped"],
      ["dlv_c", "delivered"],
    ])
    expect(client.fetchStream).toHaveBeenCalledTimes(1)
    expect(opened[0]).toEqual({ headers: {}, aborted: true })
  })

  it("reconnects after a drop with Last-Event-ID, after the server's retry, and tells onReconnect", async () => {
    const dropped = new TypeError("fetch failed")
    const { client, opened } = scriptedClient([
      { messages: [{ retry: 1 }, event("dlv_a", "pending")], fail: dropped },
      // A server restart: the stream just ends before a final status.
      { messages: [event("dlv_b", "shipped")] },
      { messages: [event("dlv_c", "cancelled")] },
    ])
    const reconnects: [number, unknown][] = []
    const seen = await collect(
      followDeliveryStream(client, "/x", { lastEventId: "dlv_0", onReconnect: (attempt, error) => reconnects.push([attempt, error]) })
    )
    expect(seen.map(([, status]) => status)).toEqual(["pending", "shipped", "cancelled"])
    expect(opened.map((c) => c.headers["last-event-id"])).toEqual(["dlv_0", "dlv_a", "dlv_b"])
    expect(reconnects.map(([attempt]) => attempt)).toEqual([1, 1])
    expect(reconnects[0][1]).toBe(dropped)
  })

  it("throws a refusal as SweetSpotApiError and never reconnects from it", async () => {
    for (const [status, type] of [
      [404, "not_found"],
      [401, "unauthorized"],
      [429, "too_many_requests"],
    ] as const) {
      const { client } = scriptedClient([{ fail: httpError(status, "Order order_1 was not found") }, { messages: [event("dlv_a", "pending")] }])
      const error = await collect(followDeliveryStream(client, "/x")).catch((e) => e)
      expect(error).toBeInstanceOf(SweetSpotApiError)
      expect({ status: error.status, type: error.type, message: error.message }).toEqual({ status, type, message: "Order order_1 was not found" })
      expect(client.fetchStream).toHaveBeenCalledTimes(1)
    }
  })

  it("reconnects after a server error (5xx)", async () => {
    const { client } = scriptedClient([{ fail: httpError(503, "unavailable") }, { messages: [event("dlv_a", "collected")] }])
    expect(await collect(followDeliveryStream(client, "/x", { retryMs: 1 }))).toEqual([["dlv_a", "collected"]])
  })

  it("stops without an error when its signal aborts, closing the connection, and when the loop is left", async () => {
    const controller = new AbortController()
    const { client, opened } = scriptedClient([{ messages: [event("dlv_a", "pending")], hang: true }])
    const seen: string[] = []
    for await (const update of followDeliveryStream(client, "/x", { signal: controller.signal })) {
      seen.push(update.delivery.status)
      controller.abort()
    }
    expect(seen).toEqual(["pending"])
    expect(opened[0].aborted).toBe(true)

    const second = scriptedClient([{ messages: [event("dlv_a", "pending"), event("dlv_b", "shipped")], hang: true }])
    for await (const update of followDeliveryStream(second.client, "/x")) {
      expect(update.delivery.status).toEqual("pending")
      break
    }
    expect(second.opened[0].aborted).toBe(true)
  })
})
