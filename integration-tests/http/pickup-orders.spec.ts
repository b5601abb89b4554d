import { fakePort } from "../helpers/fake-port"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refreshDeliveryEtasWorkflow } from "../../src/workflows/delivery/workflows/refresh-delivery-etas"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { fulfilOrder } from "../helpers/dispatch"
import { useEnv } from "../helpers/env"
import { fakeGoogle } from "../helpers/fake-google"
import { bookFirstSlot, checkout, createCart, Fulfillment, registerShopper, shippingOptionOf, StoreHeaders } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(240 * 1000)

/**
 * A collected order, from the storefront (Medusa's shipping-option listing and
 * checkout) through staff's "Ready for collection" and "Collected" (Medusa's own
 * fulfillment and mark-as-delivered routes) to the shopper's status words and
 * emails; and a delivered order, which keeps its own. Google is a local fake with
 * a key, so any ETA work would show as a request.
 */
const google = fakeGoogle(fakePort(2))
useEnv({
  GOOGLE_MAPS_API_KEY: "test-key",
  GOOGLE_MAPS_BASE_URL: google.url,
  GOOGLE_MAPS_RETRIES: "0",
  GOOGLE_MAPS_BACKOFF_MS: "1",
})
beforeAll(() => google.start())
afterAll(() => google.stop())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let admin: { headers: Record<string, string> }
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    /** The outbox: the Notification module's records of what was sent. */
    const sent = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    /** Runs `action` and waits until the subscribers of `event` have run. */
    const after = async <T>(event: string, action: () => Promise<T>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const result = await action()
      await done
      return result
    }
    const emit = (name: string, data: Record<string, unknown>) => after(name, () => eventBus().emit({ name, data }))

    beforeEach(async () => {
      google.reset()
      shop = await seedDemoShop(getContainer())
      admin = { headers: await adminHeaders(api, getContainer()) }
    })

    /** A registered shopper's order of the given cakes from Crumb & Co, collected or delivered. */
    async function placeOrder(email: string, fulfillment: Fulfillment, handles = ["chocolate-truffle-cake"]) {
      const shopper = await after("customer.created", () => registerShopper(api, shop.storeHeaders, email))
      const cart = await createCart(api, shopper, shop.regionId)
      for (const handle of handles) {
        const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}?region_id=${shop.regionId}`, { headers: shop.storeHeaders })
        await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id, customization: { message: "Happy birthday" } }, { headers: shopper })
      }
      const slot = await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      const order = await after("order.placed", () => checkout(api, shopper, cart.id, email, undefined, fulfillment))
      return { shopper, order, slot }
    }
    const delivery = async (orderId: string, shopper: StoreHeaders) =>
      (await api.get(`/store/orders/${orderId}/delivery`, { headers: shopper })).data.delivery
    const count = async (email: string, template: string) => (await sent({ to: email, template })).length
    const estimateOf = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "delivery_estimate.id"], filters: { id: orderId } })
      return order.delivery_estimate ?? null
    }

    it("takes a pickup order from the storefront to ready and collected: statuses, one email each, no ETA", async () => {
      const email = "collector@sweetspot.test"
      const shopper = await after("customer.created", () => registerShopper(api, shop.storeHeaders, email))
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["chocolate-truffle-cake"]}?region_id=${shop.regionId}`, { headers: shop.storeHeaders })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id, customization: { message: "Happy 30th Priya" } }, { headers: shopper })
      const slot = await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      // The bakery's own "Collect from" option, as Medusa's listing offers it to this cart.
      const option = await shippingOptionOf(api, shopper, cart.id, "pickup")
      expect(option).toEqual(expect.objectContaining({ name: "Collect from Crumb & Co", type: expect.objectContaining({ code: "pickup" }) }))
      const order = await after("order.placed", () => checkout(api, shopper, cart.id, email, undefined, "pickup"))
      const googleAtCheckout = google.state.requests

      expect(await delivery(order.id, shopper)).toEqual({
        fulfillment: "pickup",
        status: "pending",
        slot: { starts_at: slot.starts_at, ends_at: slot.ends_at },
        estimate: null,
      })
      const details = await api.get(`/admin/orders/${order.id}/cake-details`, admin)
      expect(details.data).toEqual(expect.objectContaining({ fulfillment: "pickup", status: "pending", estimate: null }))
      const [confirmation] = await sent({ to: email, template: "order-confirmation" })
      expect(confirmation.data).toEqual(expect.objectContaining({ fulfillment: "pickup" }))

      // Staff: "Ready for collection" is Medusa's fulfillment of every cake.
      const fulfilled = await after("order.fulfillment_created", () => fulfilOrder(api, order.id, admin))
      expect(await delivery(order.id, shopper)).toEqual(expect.objectContaining({ fulfillment: "pickup", status: "ready_for_pickup", estimate: null }))
      const [ready] = await sent({ to: email, template: "ready-for-pickup" })
      expect(ready).toEqual(expect.objectContaining({ status: "success", resource_id: order.id, idempotency_key: `ready-for-pickup:${order.id}` }))
      expect(ready.data).toEqual(
        expect.objectContaining({
          fulfillment: "pickup",
          sender: expect.objectContaining({ name: "Crumb & Co", address: expect.stringContaining("London") }),
          slot: expect.objectContaining({ starts_at: expect.any(String) }),
          opening_hours: expect.arrayContaining([expect.objectContaining({ weekday: expect.any(Number), opens: expect.any(String) })]),
        })
      )
      // Replaced, not followed: no "being prepared" for a collection.
      expect(await count(email, "order-preparing")).toEqual(0)

      // A staff ETA refresh answers no estimate and asks Google nothing.
      const refreshed = await api.post(`/admin/orders/${order.id}/delivery/refresh`, {}, admin)
      expect(refreshed.data).toEqual({ estimate: null })
      // The ETA job skips it too; and the arriving-soon event sends nothing.
      const { result } = await refreshDeliveryEtasWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })
      expect(result).toEqual(expect.objectContaining({ order_ids: [], estimates: [] }))
      await emit("delivery.arriving_soon", { order_id: order.id, eta_at: new Date(Date.now() + 5 * 60000).toISOString() })

      // Staff: "Collected" is Medusa's mark-as-delivered.
      await after("delivery.created", fulfilled.deliver)
      expect(await delivery(order.id, shopper)).toEqual(expect.objectContaining({ fulfillment: "pickup", status: "collected", estimate: null }))
      expect((await api.get(`/admin/orders/${order.id}/cake-details`, admin)).data.status).toEqual("collected")
      const [collected] = await sent({ to: email, template: "order-collected" })
      expect(collected).toEqual(expect.objectContaining({ status: "success", idempotency_key: `order-collected:${order.id}` }))

      // Events delivered again send nothing twice.
      await emit("order.fulfillment_created", { order_id: order.id, fulfillment_id: fulfilled.fulfillmentId })
      await emit("delivery.created", { id: fulfilled.fulfillmentId })
      const counts: Record<string, number> = {}
      for (const template of ["order-confirmation", "ready-for-pickup", "order-collected", "order-preparing", "out-for-delivery", "arriving-soon", "order-delivered"]) {
        counts[template] = await count(email, template)
      }
      expect(counts).toEqual({
        "order-confirmation": 1,
        "ready-for-pickup": 1,
        "order-collected": 1,
        "order-preparing": 0,
        "out-for-delivery": 0,
        "arriving-soon": 0,
        "order-delivered": 0,
      })
      expect(await estimateOf(order.id)).toBeNull()
      expect(google.state.requests).toEqual(googleAtCheckout)
    })

    it("is ready only once every cake is, and a shipment staff record on a collection sends no out-for-delivery and gets no ETA", async () => {
      const email = "two-cakes@sweetspot.test"
      const { shopper, order } = await placeOrder(email, "pickup", ["chocolate-truffle-cake", "lemon-drizzle"])
      const googleAtCheckout = google.state.requests
      const { data } = await api.get(`/admin/orders/${order.id}`, { ...admin, params: { fields: "+items.id,+items.quantity" } })
      const [first, second] = data.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))

      // One cake ready of two: still pending, no email yet.
      const { data: part } = await after<any>("order.fulfillment_created", () =>
        api.post(`/admin/orders/${order.id}/fulfillments`, { items: [first] }, { ...admin, params: { fields: "*fulfillments" } })
      )
      expect((await delivery(order.id, shopper)).status).toEqual("pending")
      expect(await count(email, "ready-for-pickup")).toEqual(0)

      // Medusa's shipment route (the dashboard hides it for a pickup) changes nothing for the shopper.
      const fulfillmentId = part.order.fulfillments[0].id
      await after("shipment.created", () => api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, { items: [first] }, admin))
      expect(await delivery(order.id, shopper)).toEqual(expect.objectContaining({ fulfillment: "pickup", status: "pending", estimate: null }))
      expect(await count(email, "out-for-delivery")).toEqual(0)
      expect(await estimateOf(order.id)).toBeNull()
      expect(google.state.requests).toEqual(googleAtCheckout)

      // The last cake ready: ready for pickup, and the email goes now, once.
      await after("order.fulfillment_created", () => api.post(`/admin/orders/${order.id}/fulfillments`, { items: [second] }, admin))
      expect((await delivery(order.id, shopper)).status).toEqual("ready_for_pickup")
      expect(await count(email, "ready-for-pickup")).toEqual(1)
    })

    it("cancels a pickup order in collection words", async () => {
      const { shopper, order } = await placeOrder("changed-mind@sweetspot.test", "pickup")
      await after("order.canceled", () => api.post(`/admin/orders/${order.id}/cancel`, {}, admin))
      expect(await delivery(order.id, shopper)).toEqual(expect.objectContaining({ fulfillment: "pickup", status: "cancelled", estimate: null }))
    })

    it("keeps a delivered order in delivery words, with its own emails", async () => {
      const email = "delivered@sweetspot.test"
      const { shopper, order, slot } = await placeOrder(email, "delivery")
      expect(await delivery(order.id, shopper)).toEqual({
        fulfillment: "delivery",
        status: "pending",
        slot: { starts_at: slot.starts_at, ends_at: slot.ends_at },
        estimate: null,
      })
      expect((await api.get(`/admin/orders/${order.id}/cake-details`, admin)).data).toEqual(
        expect.objectContaining({ fulfillment: "delivery", status: "pending" })
      )

      const fulfilled = await after("order.fulfillment_created", () => fulfilOrder(api, order.id, admin))
      expect((await delivery(order.id, shopper)).status).toEqual("pending")
      await after("shipment.created", fulfilled.ship)
      const shipped = await delivery(order.id, shopper)
      expect(shipped).toEqual(expect.objectContaining({ fulfillment: "delivery", status: "shipped", estimate: expect.objectContaining({ eta_at: expect.any(String) }) }))
      await after("delivery.created", fulfilled.deliver)
      expect((await delivery(order.id, shopper)).status).toEqual("delivered")

      const counts: Record<string, number> = {}
      for (const template of ["order-preparing", "out-for-delivery", "order-delivered", "ready-for-pickup", "order-collected"]) {
        counts[template] = await count(email, template)
      }
      expect(counts).toEqual({ "order-preparing": 1, "out-for-delivery": 1, "order-delivered": 1, "ready-for-pickup": 0, "order-collected": 0 })
    })
  },
})
