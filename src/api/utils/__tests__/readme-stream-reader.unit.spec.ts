import { readFileSync } from "node:fs"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { join } from "node:path"
import { openEventStream } from "../event-stream"

/** The README's browser `fetch` reader, as a shopper's storefront would paste it. */
function readmeReader(backendUrl: string) {
  const readme = readFileSync(join(__dirname, "..", "..", "..", "..", "README.md"), "utf8")
  const section = readme.slice(readme.indexOf("so read the stream with `fetch`"))
  const code = section.match(/```js\n([\s\S]*?)```/)?.[1]
  if (!code) {
    throw new Error("The README has no fetch reader example after 'so read the stream with `fetch`'")
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function("BACKEND_URL", `${code}\nreturn followOrder`)(backendUrl) as (
    orderId: string,
    options: { publishableKey: string; token: string; onDelivery: (delivery: any) => void; signal?: AbortSignal }
  ) => Promise<any>
}

describe("the README's browser reader", () => {
  let server: Server
  let baseUrl: string
  const requests: Record<string, string | undefined>[] = []

  beforeAll(async () => {
    // The first connection sends two events and drops; the reconnect (with Last-Event-ID) sends the final one.
    server = createServer((req, res) => {
      requests.push({ url: req.url, key: req.headers["x-publishable-api-key"] as string, lastEventId: req.headers["last-event-id"] as string })
      if (req.url !== "/store/orders/order_1/delivery/stream") {
        res.statusCode = 404
        res.setHeader("content-type", "application/json")
        res.end(JSON.stringify({ type: "not_found", message: "Order order_2 was not found" }))
        return
      }
      const stream = openEventStream(res, { retryMs: 3000, heartbeatMs: 60_000 })
      if (requests.length === 1) {
        stream.send({ id: "dlv_a", event: "delivery", data: { delivery: { status: "pending" } } })
        res.write(": heartbeat\n\n")
        stream.send({ id: "dlv_b", event: "delivery", data: { delivery: { status: "shipped", driver: { first_name: "Ada" } } } })
        stream.end()
      } else {
        stream.send({ id: "dlv_c", event: "delivery", data: { delivery: { status: "delivered" } } })
        stream.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it("reads each event, reconnects with Last-Event-ID after a drop, and stops at the final status", async () => {
    // The reader's 3-second wait before reconnecting is cut short; every other timer (fetch's own) runs as usual.
    const realSetTimeout = global.setTimeout
    jest.spyOn(global, "setTimeout").mockImplementation(((callback: () => void, ms?: number, ...args: unknown[]) =>
      ms === 3000 ? realSetTimeout(callback, 0) : realSetTimeout(callback, ms, ...args)) as typeof setTimeout)
    const seen: string[] = []
    const followOrder = readmeReader(baseUrl)
    const last = await followOrder("order_1", { publishableKey: "pk_1", token: "t", onDelivery: (d) => seen.push(d.status) })
    jest.restoreAllMocks()
    expect(seen).toEqual(["pending", "shipped", "delivered"])
    expect(last).toEqual({ status: "delivered" })
    expect(requests.map((r) => r.lastEventId)).toEqual([undefined, "dlv_b"])
    expect(requests[0].key).toEqual("pk_1")
  })

  it("stops on a refusal, with its message", async () => {
    const followOrder = readmeReader(baseUrl)
    await expect(followOrder("order_2", { publishableKey: "pk_1", token: "t", onDelivery: () => undefined })).rejects.toThrow("Order order_2 was not found")
  })
})
