import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DELIVERY_STREAM_MODULE } from "../../src/modules/delivery-stream"
import type DeliveryStreamModuleService from "../../src/modules/delivery-stream/service"
import { sweetspot, SweetSpotApiError } from "../../src/sdk"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { fulfilOrder } from "../helpers/dispatch"
import { eventually } from "../helpers/eventually"
import { settleWorkflows } from "../helpers/settle"
import { bookFirstSlot, checkout, createCart, Fulfillment, registerShopper, StoreHeaders } from "../helpers/shopper"
import { openTestStream, TestStream } from "../helpers/sse"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(300 * 1000)

type Fixture = {
  store: StoreHeaders
  owner: StoreHeaders
  other: StoreHeaders
  admin: Record<string, string>
  deliveryOrderId: string
  pickupOrderId: string
  /** Placed without an account: no shopper's own. */
  guestOrderId: string
}

/**
 * The live delivery streams (`/store/orders/:id/delivery/stream`, `/admin/orders/:id/delivery/stream`)
 * read as a browser reads them, with `fetch`: every step of an order, who may open one, the
 * per-caller limit, and that a closed stream leaves nothing behind in the hub. In one process,
 * without Redis (the two-process case is in integration-tests/scale-out/server-and-worker.spec.ts).
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let f: Fixture
    const baseUrl = () => api.defaults.baseURL as string
    const hub = () => getContainer().resolve<DeliveryStreamModuleService>(DELIVERY_STREAM_MODULE)
    const open = (path: string, headers: Record<string, string>) => openTestStream(baseUrl(), path, headers)
    const storeStream = (orderId: string, headers: Record<string, string> = f.owner) => open(`/store/orders/${orderId}/delivery/stream`, headers)
    const adminStream = (orderId: string) => open(`/admin/orders/${orderId}/delivery/stream`, f.admin)

    /** Runs `action` and waits until the subscribers of `event` have run (the stream then hears of it). */
    const after = async <T>(event: string, action: () => Promise<T>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const result = await action()
      await done
      return result
    }

    /** Every stream's place, listener and channel is given back once the server has seen the connections close. */
    const allReleased = async () => {
      await hub().whenIdle()
      expect(hub().stats()).toEqual({ streams: 0, actors: 0, orders: 0, listeners: 0, channels: 0, redis_subscriptions: 0 })
    }

    beforeAll(async () => {
      const container = getContainer()
      const shop = await seedDemoShop(container)
      const admin = await adminHeaders(api, container)
      const owner = await registerShopper(api, shop.storeHeaders, "stream-owner@sweetspot.test")
      const other = await registerShopper(api, shop.storeHeaders, "stream-other@sweetspot.test")
      const bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: shop.storeHeaders })
      const place = async (fulfillment: Fulfillment, headers: StoreHeaders = owner, email = "stream-owner@sweetspot.test") => {
        const cart = await createCart(api, headers, shop.regionId)
        await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id, customization: { message: "Live" } }, { headers })
        await bookFirstSlot(api, headers, bakeryId, cart.id)
        return (await checkout(api, headers, cart.id, email, undefined, fulfillment)).id as string
      }
      f = {
        store: shop.storeHeaders,
        owner,
        other,
        admin,
        deliveryOrderId: await place("delivery"),
        pickupOrderId: await place("pickup"),
        guestOrderId: await place("delivery", shop.storeHeaders, "stream-guest@sweetspot.test"),
      }
      await settleWorkflows(utils, getContainer())
    })

    /** Reads events until one satisfies `done`; each must differ from the one before (one event per change). */
    async function readUntil(stream: TestStream, done: (event: any) => boolean, previous?: { id?: string; json: any }) {
      const seen: { id?: string; json: any }[] = []
      let last = previous
      for (;;) {
        const event = await stream.next()
        if (!event) {
          throw new Error(`The stream ended before the awaited event; it sent ${JSON.stringify(seen.map((e) => e.json))}`)
        }
        expect(event.event).toEqual("delivery")
        expect(event.id).toMatch(/^dlv_[0-9a-f]{16}$/)
        if (last) {
          expect(event.id).not.toEqual(last.id)
          expect(event.json).not.toEqual(last.json)
        }
        seen.push(event)
        last = event
        if (done(event.json)) {
          return { event, seen }
        }
      }
    }

    it("shows a delivery placed, shipped, re-estimated and delivered, one event per change, to the shopper and to staff, then ends", async () => {
      const orderId = f.deliveryOrderId
      const shopper = await storeStream(orderId)
      const staff = await adminStream(orderId)
      expect(shopper.status).toEqual(200)
      expect(shopper.headers.get("content-type")).toEqual("text/event-stream; charset=utf-8")
      expect(shopper.headers.get("cache-control")).toEqual("no-cache, no-transform")
      expect(shopper.headers.get("x-accel-buffering")).toEqual("no")
      expect(shopper.headers.get("content-encoding")).toBeNull()

      // Placed: the same body as the JSON route, for the shopper and for staff.
      const placed = await shopper.next()
      expect(shopper.blocks[0]).toEqual({ retry: 3000, comments: [] })
      const { data: json } = await api.get(`/store/orders/${orderId}/delivery`, { headers: f.owner })
      expect(placed!.json).toEqual(json)
      expect(placed!.json.delivery).toEqual(expect.objectContaining({ fulfillment: "delivery", status: "pending", estimate: null }))
      expect(placed!.json.delivery).not.toHaveProperty("driver")
      expect((await staff.next())!.json).toEqual(json)

      // Fulfilled: a delivered order still reads "pending", so no event; the next one is the shipment.
      const parcel = await after("order.fulfillment_created", () => fulfilOrder(api, orderId, { headers: f.admin }))
      await after("shipment.created", () => parcel.ship())
      const shipped = await readUntil(shopper, (body) => body.delivery.estimate !== null, placed!)
      expect(shipped.seen.map((e) => e.json.delivery.status)).toEqual(shipped.seen.map(() => "shipped"))
      const firstEta = shipped.event.json.delivery.estimate
      expect(firstEta).toEqual(expect.objectContaining({ source: "fallback", eta_at: expect.any(String) }))

      // Re-estimated by staff: an event with the new estimate, nothing else changed.
      const { data: refreshed } = await after<{ data: any }>("delivery.eta_updated", () => api.post(`/admin/orders/${orderId}/delivery/refresh`, {}, { headers: f.admin }))
      const reEstimated = await readUntil(shopper, (body) => body.delivery.estimate.computed_at !== firstEta.computed_at, shipped.event)
      expect(reEstimated.seen).toHaveLength(1)
      expect(new Date(reEstimated.event.json.delivery.estimate.computed_at).toISOString()).toEqual(new Date(refreshed.estimate.computed_at).toISOString())

      // A reconnect with Last-Event-ID is not sent the state it already has: its first event is the next change.
      shopper.close()
      const again = await storeStream(orderId, { ...f.owner, "last-event-id": reEstimated.event.id! })
      await after("delivery.eta_updated", () => api.post(`/admin/orders/${orderId}/delivery/refresh`, {}, { headers: f.admin }))
      const next = await readUntil(again, () => true, reEstimated.event)
      expect(next.event.json.delivery.estimate.computed_at).not.toEqual(reEstimated.event.json.delivery.estimate.computed_at)

      // Delivered: the last event, then the server ends both streams.
      await after("delivery.created", () => parcel.deliver())
      const delivered = await readUntil(again, (body) => body.delivery.status === "delivered", next.event)
      expect(delivered.seen).toHaveLength(1)
      expect(await again.next()).toBeNull()

      const staffSaw = await readUntil(staff, (body) => body.delivery.status === "delivered")
      expect([...new Set(staffSaw.seen.map((e) => e.json.delivery.status))]).toEqual(["shipped", "delivered"])
      expect(staffSaw.event.json).toEqual(delivered.event.json)
      expect(await staff.next()).toBeNull()
      await allReleased()

      // A stream of a finished order shows where it ended, and ends.
      const late = await storeStream(orderId)
      expect((await late.next())!.json.delivery.status).toEqual("delivered")
      expect(await late.next()).toBeNull()
      await allReleased()
    })

    it("shows a collected order ready, then collected, through the SDK's stream helper, which then stops", async () => {
      const orderId = f.pickupOrderId
      const sdk = new Medusa({ baseUrl: baseUrl(), publishableKey: f.store["x-publishable-api-key"], auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await sdk.client.setToken(f.owner.authorization.replace(/^Bearer /, ""))
      const updates = sweetspot(sdk).store.orders.deliveryStream(orderId)[Symbol.asyncIterator]()

      const placed = await updates.next()
      expect(placed.value).toEqual(expect.objectContaining({ id: expect.stringMatching(/^dlv_/) }))
      expect(placed.value!.delivery).toEqual(expect.objectContaining({ fulfillment: "pickup", status: "pending", estimate: null }))
      const parcel = await after("order.fulfillment_created", () => fulfilOrder(api, orderId, { headers: f.admin }))
      expect((await updates.next()).value!.delivery.status).toEqual("ready_for_pickup")
      await after("delivery.created", () => parcel.deliver())
      expect((await updates.next()).value!.delivery.status).toEqual("collected")
      expect(await updates.next()).toEqual({ done: true, value: undefined })
      await allReleased()

      // Someone else's order is the helper's typed 404, not a reconnect loop.
      const other = new Medusa({ baseUrl: baseUrl(), publishableKey: f.store["x-publishable-api-key"], auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await other.client.setToken(f.other.authorization.replace(/^Bearer /, ""))
      const refused = await sweetspot(other).store.orders.deliveryStream(orderId)[Symbol.asyncIterator]().next().catch((error) => error)
      expect(refused).toBeInstanceOf(SweetSpotApiError)
      expect({ status: refused.status, type: refused.type }).toEqual({ status: 404, type: "not_found" })
    })

    it("refuses whoever the JSON route refuses, with the same answer, and an unknown parameter", async () => {
      const refusal = async (path: string, headers: Record<string, string>) => {
        const stream = await open(path, headers)
        stream.close()
        return { status: stream.status, body: stream.body }
      }
      const jsonAnswer = async (path: string, headers: Record<string, string>) => {
        const response = await api.get(path, { headers, validateStatus: () => true })
        return { status: response.status, body: response.data }
      }
      const order = `/store/orders/${f.deliveryOrderId}/delivery`
      const cases: [string, string, Record<string, string>, number][] = [
        ["a missing order", "/store/orders/order_missing/delivery", f.owner, 404],
        ["another shopper", order, f.other, 404],
        ["a guest (the key, no login)", order, f.store, 404],
        ["staff on the store route", order, { ...f.store, ...f.admin }, 404],
        ["no publishable key", order, { authorization: f.owner.authorization }, 400],
        // A guest's order is anyone's with its id on Medusa's routes; the delivery routes need its shopper's login.
        ["nobody logged in, on a guest's order", `/store/orders/${f.guestOrderId}/delivery`, f.store, 401],
        ["a shopper, on a guest's order", `/store/orders/${f.guestOrderId}/delivery`, f.owner, 404],
      ]
      for (const [who, path, headers, status] of cases) {
        const streamed = await refusal(`${path}/stream`, headers)
        expect({ who, ...streamed }).toEqual({ who, ...(await jsonAnswer(path, headers)) })
        expect({ who, status: streamed.status }).toEqual({ who, status })
      }
      expect(await refusal(`/admin/orders/${f.deliveryOrderId}/delivery/stream`, f.owner)).toEqual({ status: 401, body: { message: "Unauthorized" } })
      expect(await refusal("/admin/orders/order_missing/delivery/stream", f.admin)).toEqual({
        status: 404,
        body: { type: "not_found", message: "Order order_missing was not found" },
      })
      const unknown = await refusal(`${order}/stream?since=yesterday`, f.owner)
      expect(unknown.status).toEqual(400)
      expect(unknown.body).toEqual({ type: "invalid_data", message: expect.stringContaining("since") })
      await allReleased()
    })

    it("holds at most 5 streams per shopper, and 200 streams opened and closed leave nothing behind", async () => {
      const baseline = { SIGTERM: process.listenerCount("SIGTERM"), SIGINT: process.listenerCount("SIGINT") }
      const five = await Promise.all(Array.from({ length: 5 }, () => storeStream(f.deliveryOrderId)))
      for (const stream of five) {
        expect(stream.status).toEqual(200)
        await stream.next()
      }
      expect(hub().stats()).toEqual(expect.objectContaining({ streams: 5, actors: 1, orders: 1, listeners: 5 }))
      // One shutdown hook for all the process's streams, not one each.
      expect(process.listenerCount("SIGTERM")).toEqual(baseline.SIGTERM + 1)

      const sixth = await storeStream(f.deliveryOrderId)
      expect(sixth.status).toEqual(429)
      expect(sixth.body).toEqual({ type: "too_many_requests", message: expect.stringContaining("close one of those streams") })
      // Staff have their own place; the limit is the shopper's.
      const staff = await adminStream(f.deliveryOrderId)
      expect(staff.status).toEqual(200)
      staff.close()

      // A closed stream gives its place back.
      five[0].close()
      await eventually("the closed stream's place back", async () => (hub().stats().streams === 4 ? true : undefined))
      const again = await storeStream(f.deliveryOrderId)
      expect(again.status).toEqual(200)
      again.close()
      five.forEach((stream) => stream.close())
      await allReleased()

      // 200 more, five at a time (the limit), each read and closed by the client.
      for (let batch = 0; batch < 40; batch++) {
        const streams = await Promise.all(Array.from({ length: 5 }, () => storeStream(f.deliveryOrderId)))
        expect(streams.map((stream) => stream.status)).toEqual([200, 200, 200, 200, 200])
        const firsts = await Promise.all(streams.map((stream) => stream.next()))
        expect(firsts.map((event) => event!.json.delivery.status)).toEqual(["pending", "pending", "pending", "pending", "pending"])
        streams.forEach((stream) => stream.close())
        await allReleased()
      }
      expect({ SIGTERM: process.listenerCount("SIGTERM"), SIGINT: process.listenerCount("SIGINT") }).toEqual(baseline)
    })
  },
})
