import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import reconcileOrdersOutForDeliveryJob from "../../src/jobs/reconcile-orders-out-for-delivery"
import refreshDeliveryEtasJob from "../../src/jobs/refresh-delivery-etas"
import { refreshDeliveryEtasWorkflow } from "../../src/workflows/delivery/workflows/refresh-delivery-etas"
import { adminHeaders } from "./admin-headers"
import { failing, seedDemoShop } from "./demo-shop"
import { useEnv } from "./env"
import { fakeGoogle } from "./fake-google"
import { bookFirstSlot, checkout, createCart, LONDON_ADDRESS, registerShopper } from "./shopper"
import { fulfilOrder } from "./dispatch"
import { SUBSCRIBERS_TIMEOUT_MS } from "./subscribers-timeout"

/**
 * The ETA engine against a local fake Google, for one backend. medusa-config.ts
 * reads the GOOGLE_MAPS_* variables when the app boots, so they are set here,
 * before the runner starts it, and put back afterwards.
 */
export function deliveryEtasSuite(backend: "routes" | "distance-matrix", port: number) {
  const google = fakeGoogle(port)
  const env: Record<string, string> = {
    GOOGLE_MAPS_BACKEND: backend,
    GOOGLE_MAPS_API_KEY: "test-key",
    GOOGLE_MAPS_BASE_URL: google.url,
    GOOGLE_MAPS_RETRIES: "1",
    GOOGLE_MAPS_BACKOFF_MS: "1",
  }
  useEnv(env)
  beforeAll(() => google.start())
  afterAll(() => google.stop())

  // Each test delivers to its own coordinates, so one test's cached routes never answer another's.
  let place = 0

  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: ({ api, getContainer }) => {
      let shop: Awaited<ReturnType<typeof seedDemoShop>>
      let admin: { headers: Record<string, string> }
      const refresh = () => refreshDeliveryEtasWorkflow(getContainer()).run({ input: {} }).then((r) => r.result)

      /** Each order's stored estimate, as Medusa's Query reads it through the order. */
      const storedEstimates = async (orderIds: string[]): Promise<Record<string, any>> => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["id", "delivery_estimate.*"], filters: { id: orderIds } })
        return Object.fromEntries(data.map((order: any) => [order.id, order.delivery_estimate]))
      }

      beforeEach(async () => {
        google.reset()
        shop = await seedDemoShop(getContainer())
        admin = { headers: await adminHeaders(api, getContainer()) }
      })

      /** Places and ships `count` orders; answers them with their shopper and coordinates. */
      async function shippedOrders(count: number) {
        const shopper = await registerShopper(api, shop.storeHeaders, `eta${place}@sweetspot.test`)
        const orders: { id: string; fulfillment_id: string; latitude: number; longitude: number }[] = []
        // Elements the shipments' ETAs asked for (pricing delivery by road distance asks Google too).
        let etaElements = 0
        const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: shop.storeHeaders })
        for (let i = 0; i < count; i++) {
          place++
          const latitude = 51.5 + place / 1000
          const longitude = -0.08
          const cart = await createCart(api, shopper, shop.regionId)
          await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id }, { headers: shopper })
          await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
          const order = await checkout(api, shopper, cart.id, `eta${place}@sweetspot.test`, { ...LONDON_ADDRESS, metadata: { latitude, longitude } })
          const fulfilled = await fulfilOrder(api, order.id, admin)
          const fulfillment_id = fulfilled.fulfillmentId
          const shipped = TestEventUtils.waitSubscribersExecution("shipment.created", getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
          const before = google.state.elements
          await fulfilled.ship()
          await shipped
          etaElements += google.state.elements - before
          orders.push({ id: order.id, fulfillment_id, latitude, longitude })
        }
        return { shopper, orders, etaElements }
      }

      it("stores Google's estimate for each order out for delivery, one element per order", async () => {
        const { shopper, orders, etaElements } = await shippedOrders(3)
        // Each shipment computed its first ETA right away: one request and one element per order.
        expect(etaElements).toEqual(3)

        const { data } = await api.get(`/store/orders/${orders[0].id}/delivery`, { headers: shopper })
        expect(data.delivery.status).toEqual("shipped")
        expect(data.delivery.estimate).toEqual(
          expect.objectContaining({ source: "google", distance_meters: 3000, duration_seconds: 900, eta_at: expect.any(String) })
        )
        expect(new Date(data.delivery.estimate.eta_at).getTime()).toBeGreaterThan(Date.now())

        const details = await api.get(`/admin/orders/${orders[0].id}/cake-details`, admin)
        expect(details.data.estimate.source).toEqual("google")
        expect(details.data.items[0].line_item).toEqual(
          expect.objectContaining({ product_title: "Lemon Drizzle", quantity: 1, unit_price: expect.any(Number) })
        )
        expect(details.data.slot.starts_at).toEqual(expect.any(String))
      })

      it("makes no Google request, and writes nothing, for a refresh inside the cache TTL", async () => {
        const { orders } = await shippedOrders(2)
        const estimateRows = async () => {
          const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "order",
            fields: ["id", "delivery_estimate.id", "delivery_estimate.computed_at", "delivery_estimate.updated_at", "delivery_estimate.eta_at"],
            filters: { id: orders.map((o) => o.id) },
          })
          return data.map((order: any) => order.delivery_estimate)
        }
        const rowsBefore = await estimateRows()
        const before = { requests: google.state.requests, elements: google.state.elements }
        const result = await refresh()
        // Both orders estimated, neither estimate written: the refresh answers only what it wrote.
        expect([...result.order_ids].sort()).toEqual(orders.map((o) => o.id).sort())
        expect(result.estimates).toEqual([])
        expect(result.google_requests).toEqual(0)
        expect(google.state).toEqual(expect.objectContaining(before))
        // The same routes as the estimates already say: the rows stay as they were.
        expect(await estimateRows()).toEqual(rowsBefore)
      })

      it("answers a staff refresh inside the cache TTL with the order's estimate, asking Google nothing and writing nothing", async () => {
        const { orders } = await shippedOrders(1)
        const stored = (await storedEstimates([orders[0].id]))[orders[0].id]
        const asked = google.state.requests
        const { data } = await api.post(`/admin/orders/${orders[0].id}/delivery/refresh`, {}, admin)
        expect(data.estimate).toEqual(
          expect.objectContaining({ source: "google", eta_at: new Date(stored.eta_at).toISOString(), computed_at: new Date(stored.computed_at).toISOString() })
        )
        expect(google.state.requests).toEqual(asked)
        expect((await storedEstimates([orders[0].id]))[orders[0].id]).toEqual(stored)
      })

      it("falls back, marked as such, when Google answers 500, and does not crash", async () => {
        google.state.mode = "server-error"
        const { shopper, orders } = await shippedOrders(1)
        const result = await refresh()
        expect(result.estimates[0]).toEqual(expect.objectContaining({ source: "fallback", fallback_reason: expect.stringMatching(/500/) }))
        const { data } = await api.get(`/store/orders/${orders[0].id}/delivery`, { headers: shopper })
        expect(data.delivery.estimate.source).toEqual("fallback")
        // Straight line from Shoreditch at 25 km/h plus the 10-minute handover.
        expect(data.delivery.estimate.duration_seconds).toBeGreaterThan(600)
      })

      it("falls back when Google says the quota is used up", async () => {
        google.state.mode = "over-quota"
        await shippedOrders(1)
        const [estimate] = (await refresh()).estimates
        expect(estimate.source).toEqual("fallback")
        expect(estimate.fallback_reason).toMatch(/429|OVER_QUERY_LIMIT/)
      })

      it("gives an address Google cannot find a fallback estimate, and the others Google's", async () => {
        const lost = 51.5 + (place + 1) / 1000
        google.state.unknown.add(`${lost.toFixed(5)},${(-0.08).toFixed(5)}`)
        const { orders } = await shippedOrders(2)
        await refresh()
        const byOrder = await storedEstimates(orders.map((o) => o.id))
        expect(byOrder[orders[0].id]).toEqual(expect.objectContaining({ source: "fallback", fallback_reason: "Google could not find the address" }))
        expect(byOrder[orders[1].id].source).toEqual("google")
      })

      it("sends one arriving-soon email per order even when two refreshes run at once", async () => {
        // Shipped while Google was down: fallback ETAs, not yet close, and nothing cached.
        google.state.mode = "server-error"
        const { orders } = await shippedOrders(2)
        google.state.mode = "ok"
        google.state.duration_seconds = 240

        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const announced: string[] = []
        bus.subscribe("delivery.arriving_soon", async (event: any) => {
          announced.push(...[event].flat().map((e: any) => e.data?.order_id ?? e.order_id))
        }, { subscriberId: "test-arriving-soon-counter" })
        const emailed = TestEventUtils.waitSubscribersExecution("delivery.arriving_soon", bus, { triggerCount: orders.length, timeout: SUBSCRIBERS_TIMEOUT_MS })

        await Promise.all([refresh(), refresh()])
        await emailed

        expect(announced.sort()).toEqual(orders.map((o) => o.id).sort())
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        for (const order of orders) {
          expect(await notifications.listNotifications({ template: "arriving-soon", resource_id: order.id })).toHaveLength(1)
        }
      })

      it("is refreshed by the scheduled job", async () => {
        google.state.mode = "server-error"
        const { shopper, orders } = await shippedOrders(1)
        google.state.mode = "ok"
        await refreshDeliveryEtasJob(getContainer())
        const { data } = await api.get(`/store/orders/${orders[0].id}/delivery`, { headers: shopper })
        expect(data.delivery.estimate.source).toEqual("google")
      })

      /** Waits for `event`'s subscribers while `act` runs. */
      async function after(event: string, act: () => Promise<unknown>) {
        const done = TestEventUtils.waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        await act()
        await done
      }

      it("drops delivered orders out of the refresh", async () => {
        const { orders } = await shippedOrders(2)
        await after("delivery.created", () =>
          api.post(`/admin/orders/${orders[0].id}/fulfillments/${orders[0].fulfillment_id}/mark-as-delivered`, {}, admin)
        )
        expect((await refresh()).order_ids).toEqual([orders[1].id])
      })

      it("estimates to the new address once staff change it through Medusa's order route, the cake on its way", async () => {
        const { orders } = await shippedOrders(1)
        place++
        const moved = { latitude: 51.5 + place / 1000, longitude: -0.12 }
        await after("order.updated", () => api.post(`/admin/orders/${orders[0].id}`, { shipping_address: { metadata: moved } }, admin))
        const [estimate] = (await refresh()).estimates
        expect(estimate).toEqual(expect.objectContaining({ order_id: orders[0].id, destination: `${moved.latitude},${moved.longitude}`, source: "google" }))
      })

      it("puts back, on the reconcile job's run, an order out for delivery that the list lost, and drops one delivered behind its back", async () => {
        const { orders } = await shippedOrders(2)
        const delivery = getContainer().resolve("delivery") as any
        const listed = async () => (await delivery.listOutForDeliveries({ order_id: orders.map((o) => o.id) })).map((row: any) => row.order_id).sort()
        expect(await listed()).toEqual(orders.map((o) => o.id).sort())
        // A lost row (a subscriber that failed), and a delivery no event told of (a change made outside Medusa's workflows).
        const [lost] = await delivery.listOutForDeliveries({ order_id: orders[0].id })
        await delivery.deleteOutForDeliveries(lost.id)
        await getContainer().resolve(Modules.FULFILLMENT).updateFulfillment(orders[1].fulfillment_id, { delivered_at: new Date() })
        await reconcileOrdersOutForDeliveryJob(getContainer())
        expect(await listed()).toEqual([orders[0].id])
        const before = (await storedEstimates([orders[0].id]))[orders[0].id]
        expect((await refresh()).order_ids).toEqual([orders[0].id])
        // The order kept its one estimate: the refresh found it by the order, and did not add a second.
        expect(await delivery.listDeliveryEstimates({ order_id: orders[0].id })).toEqual([expect.objectContaining({ id: before.id })])
      })

      it("refuses checkout to a postal code Google places outside the delivery radius, and accepts one inside", async () => {
        google.state.postal_codes.set("BN1 1AA", { lat: 50.8225, lng: -0.1372 })
        google.state.distances.set("50.82250,-0.13720", 87000)
        google.state.postal_codes.set("E1 6PU", { lat: 51.5209, lng: -0.0716 })
        const shopper = await registerShopper(api, shop.storeHeaders, `geo${place}@sweetspot.test`)
        const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: shop.storeHeaders })
        const orderTo = async (address: Record<string, unknown>) => {
          const cart = await createCart(api, shopper, shop.regionId)
          await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id }, { headers: shopper })
          await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
          return checkout(api, shopper, cart.id, `geo${place}@sweetspot.test`, address)
        }

        const far = await failing(orderTo({ ...LONDON_ADDRESS, city: "Brighton", postal_code: "BN1 1AA" }))
        expect(far.status).toEqual(400)
        expect(far.data.message).toMatch(/km from Crumb & Co, which delivers within 12 km/)
        const near = await orderTo(LONDON_ADDRESS)
        expect(near.id).toEqual(expect.stringMatching(/^order_/))
      })

      it("lets staff refresh one order now, and answers 404 for an unknown one", async () => {
        const { orders } = await shippedOrders(1)
        const { data } = await api.post(`/admin/orders/${orders[0].id}/delivery/refresh`, {}, admin)
        expect(data.estimate).toEqual(expect.objectContaining({ source: "google", eta_at: expect.any(String) }))
        const unknown = await failing(api.post("/admin/orders/order_missing/delivery/refresh", {}, admin))
        expect(unknown.status).toEqual(404)
        expect(unknown.data.message).toEqual("Order order_missing was not found")
      })
    },
  })
}
