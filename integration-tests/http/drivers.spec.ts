import { fakePort } from "../helpers/fake-port"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Medusa from "@medusajs/js-sdk"
import { sweetspot, SweetSpotApiError } from "../../src/sdk"
import { DeliveryEvents } from "../../src/workflows/delivery/events"
import { refreshDeliveryEtasWorkflow } from "../../src/workflows/delivery/workflows/refresh-delivery-etas"
import { adminHeaders, TEST_ADMIN } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { fulfilOrder } from "../helpers/dispatch"
import { registerDriver } from "../helpers/driver"
import { useEnv } from "../helpers/env"
import { fakeGoogle } from "../helpers/fake-google"
import { firstEventOf } from "../helpers/sse"
import { bookFirstSlot, checkout, createCart, Fulfillment, LONDON_ADDRESS, prepareCheckout, registerShopper, StoreHeaders } from "../helpers/shopper"
import { addDays, zonedDate } from "../../src/utils/zoned-time"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(240 * 1000)

/**
 * The bakery's drivers: staff add them, only those emails can register, and a
 * delivery goes ready -> claimed (one winner) -> picked up (Medusa's shipment) ->
 * delivered (Medusa's mark-as-delivered) through the driver routes, with the ETA
 * starting from the driver's position while it is fresh. Google is a local fake
 * that records each request's origin.
 */
const google = fakeGoogle(fakePort(8))
useEnv({
  GOOGLE_MAPS_API_KEY: "test-key",
  GOOGLE_MAPS_BASE_URL: google.url,
  GOOGLE_MAPS_RETRIES: "0",
  GOOGLE_MAPS_BACKOFF_MS: "1",
  DRIVER_APP_URL: "https://drive.sweetspot.test",
  ETA_DRIVER_MIN_INTERVAL_SECONDS: "3600",
  // The default budget (global setup lifts it for the other suites).
  RATE_LIMIT_DRIVER_LOCATION_REQUESTS: "30",
})
beforeAll(() => google.start())
afterAll(() => google.stop())

const BAKERY_ORIGIN = "51.52370,-0.07540"
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let admin: { headers: Record<string, string> }
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const sent = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    /** Runs `action` and waits until the subscribers of `event` have run. */
    const after = async <T>(event: string, action: () => Promise<T>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const result = await action()
      await done
      return result
    }
    const crumb = () => shop.bakeryIdsByHandle["crumb-and-co"]
    const addDriver = async (bakeryId: string, name: string, email: string) =>
      (await api.post(`/admin/bakeries/${bakeryId}/drivers`, { name, email, phone: "+44 7700 900111" }, admin)).data.driver

    beforeEach(async () => {
      google.reset()
      shop = await seedDemoShop(getContainer())
      admin = { headers: await adminHeaders(api, getContainer()) }
    })

    /** A registered shopper's delivered order from Crumb & Co, prepared by staff (Medusa's fulfillment). */
    async function preparedOrder(email: string) {
      const shopper = await after("customer.created", () => registerShopper(api, shop.storeHeaders, email))
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["chocolate-truffle-cake"]}?region_id=${shop.regionId}`, {
        headers: shop.storeHeaders,
      })
      await api.post(
        `/store/carts/${cart.id}/cakes`,
        { variant_id: cake.cake.variants[0].id, customization: { message: "Happy 9th Ada", notes: "Ring twice" } },
        { headers: shopper }
      )
      await bookFirstSlot(api, shopper, crumb(), cart.id)
      const order = await after("order.placed", () => checkout(api, shopper, cart.id, email))
      await after("order.fulfillment_created", () => fulfilOrder(api, order.id, admin))
      return { shopper: shopper as StoreHeaders, order }
    }
    const deliveryOf = async (orderId: string, shopper: StoreHeaders) =>
      (await api.get(`/store/orders/${orderId}/delivery`, { headers: shopper })).data.delivery
    const list = async (token: string, status: string) =>
      (await api.get(`/drivers/me/deliveries?status=${status}`, bearer(token))).data.deliveries.map((d: any) => d.order_id)

    it("takes a delivery from ready to delivered through two drivers racing for it, with the ETA from the driver's position", async () => {
      const ana = await addDriver(crumb(), "Ana Driver", "Ana@Vans.test")
      expect(ana).toEqual(expect.objectContaining({ email: "ana@vans.test", is_active: true, registered: false, bakery_id: crumb() }))
      await addDriver(crumb(), "Ben Driver", "ben@vans.test")
      const anaToken = await registerDriver(api, "ana@vans.test")
      const benToken = await registerDriver(api, "ben@vans.test")
      const listed = (await api.get(`/admin/bakeries/${crumb()}/drivers`, admin)).data.drivers
      expect(listed.map((d: any) => [d.name, d.registered])).toEqual([["Ana Driver", true], ["Ben Driver", true]])
      expect((await api.get("/drivers/me", bearer(anaToken))).data.driver).toEqual({
        id: ana.id,
        name: "Ana Driver",
        email: "ana@vans.test",
        phone: "+44 7700 900111",
        bakery: { id: crumb(), name: "Crumb & Co" },
      })

      const { shopper, order } = await preparedOrder("racer@sweetspot.test")
      // Checkout priced the delivery by road distance: only what follows counts here.
      google.state.origins = []
      const [ready] = (await api.get("/drivers/me/deliveries?status=ready", bearer(benToken))).data.deliveries
      expect(ready).toEqual(
        expect.objectContaining({
          order_id: order.id,
          stage: "ready",
          address: expect.objectContaining({ address_1: "1 Brick Lane", postal_code: "E1 6PU" }),
          customer: { first_name: "Sam", phone: "+44 7700 900000" },
          cakes: [expect.objectContaining({ title: "Chocolate Truffle Cake", quantity: 1, message: "Happy 9th Ada", notes: "Ring twice" })],
          slot: expect.objectContaining({ starts_at: expect.any(String) }),
          driver: null,
        })
      )

      // Both claim at once: exactly one wins, the other is told who has it.
      const claims = await Promise.allSettled([
        api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, bearer(anaToken)),
        api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, bearer(benToken)),
      ])
      const won = claims.filter((c) => c.status === "fulfilled") as PromiseFulfilledResult<any>[]
      const lost = claims.filter((c) => c.status === "rejected") as PromiseRejectedResult[]
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      const winner = won[0].value.data.delivery.driver
      const [winnerToken, loserToken] = winner.id === ana.id ? [anaToken, benToken] : [benToken, anaToken]
      expect(lost[0].reason.response.status).toEqual(409)
      expect(lost[0].reason.response.data.message).toEqual(`Order #${order.display_id} is taken by ${winner.name}`)
      expect(await list(loserToken, "ready")).toEqual([])
      expect(await list(winnerToken, "mine")).toEqual([order.id])
      // Claiming again is harmless for the holder; the loser cannot pick up, release or complete it.
      expect((await api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, bearer(winnerToken))).data.delivery.stage).toEqual("claimed")
      for (const verb of ["pick-up", "release", "complete"]) {
        expect((await failing(api.post(`/drivers/me/deliveries/${order.id}/${verb}`, {}, bearer(loserToken)))).status).toEqual(409)
      }
      // Release puts it back; positions are refused until something is carried.
      expect((await api.post(`/drivers/me/deliveries/${order.id}/release`, {}, bearer(winnerToken))).data.delivery.stage).toEqual("ready")
      expect(await list(loserToken, "ready")).toEqual([order.id])
      await api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, bearer(winnerToken))
      const idle = await failing(
        api.post("/drivers/me/location", { latitude: 51.52, longitude: -0.07, recorded_at: new Date().toISOString() }, bearer(winnerToken))
      )
      expect(idle.status).toEqual(409)
      expect(idle.data.message).toContain("no delivery in progress")

      // Pick-up: Medusa's shipment, the out-for-delivery email, a first ETA from the bakery.
      const picked: any = await after("shipment.created", () => api.post(`/drivers/me/deliveries/${order.id}/pick-up`, {}, bearer(winnerToken)))
      expect(picked.data.delivery).toEqual(expect.objectContaining({ stage: "out_for_delivery", picked_up_at: expect.any(String) }))
      expect(await deliveryOf(order.id, shopper)).toEqual(expect.objectContaining({ status: "shipped", estimate: expect.objectContaining({ origin: "bakery" }) }))
      expect(google.state.origins).toEqual([BAKERY_ORIGIN])
      expect(await sent({ to: "racer@sweetspot.test", template: "out-for-delivery" })).toHaveLength(1)

      // A fresh position: the ETA is recomputed from the van, one element per order.
      const elementsBefore = google.state.elements
      const moved: any = await after(DeliveryEvents.DRIVER_POSITION_UPDATED, () =>
        api.post("/drivers/me/location", { latitude: 51.51, longitude: -0.1, accuracy_m: 8, recorded_at: new Date().toISOString() }, bearer(winnerToken))
      )
      expect(moved.data.location).toEqual({ accepted: true, order_ids: [order.id] })
      expect(google.state.origins).toEqual([BAKERY_ORIGIN, "51.51000,-0.10000"])
      expect(google.state.elements - elementsBefore).toEqual(1)
      expect((await deliveryOf(order.id, shopper)).estimate).toEqual(expect.objectContaining({ origin: "driver", source: "google" }))
      // The scheduled refresh (every order out for delivery, from the delivery module's list) finds the van too.
      await refreshDeliveryEtasWorkflow(getContainer()).run({ input: {} })
      expect((await deliveryOf(order.id, shopper)).estimate).toEqual(expect.objectContaining({ origin: "driver", source: "google" }))
      // The shopper's live stream shows the van: the driver's first name and latest position, nothing more.
      const live = await firstEventOf(api.defaults.baseURL as string, `/store/orders/${order.id}/delivery/stream`, shopper)
      expect(live.data.delivery.driver).toEqual({ first_name: winner.name.split(" ")[0], latitude: 51.51, longitude: -0.1, updated_at: expect.any(String) })
      expect(JSON.stringify(live.data)).not.toContain("vans.test")
      // Within the interval a newer position is kept but asks Google nothing; an older one changes nothing.
      const requestsBefore = google.state.requests
      const again: any = await after(DeliveryEvents.DRIVER_POSITION_UPDATED, () =>
        api.post("/drivers/me/location", { latitude: 51.505, longitude: -0.09, recorded_at: new Date().toISOString() }, bearer(winnerToken))
      )
      expect(again.data.location.accepted).toEqual(true)
      const stale = await api.post(
        "/drivers/me/location",
        { latitude: 1, longitude: 1, recorded_at: new Date(Date.now() - 3600_000).toISOString() },
        bearer(winnerToken)
      )
      expect(stale.data.location.accepted).toEqual(false)
      expect(google.state.requests).toEqual(requestsBefore)

      // The driver hands it over: Medusa's mark-as-delivered and the delivered email.
      const completed: any = await after("delivery.created", () => api.post(`/drivers/me/deliveries/${order.id}/complete`, {}, bearer(winnerToken)))
      expect(completed.data.delivery).toEqual(expect.objectContaining({ stage: "delivered", completed_at: expect.any(String) }))
      expect((await deliveryOf(order.id, shopper)).status).toEqual("delivered")
      const final = await firstEventOf(api.defaults.baseURL as string, `/store/orders/${order.id}/delivery/stream`, shopper)
      expect(final.data.delivery).toEqual(expect.objectContaining({ status: "delivered" }))
      expect(final.data.delivery.driver).toBeUndefined()
      expect(await sent({ to: "racer@sweetspot.test", template: "order-delivered" })).toHaveLength(1)
      expect(await list(winnerToken, "mine")).toEqual([])
      expect(await list(winnerToken, "done")).toEqual([order.id])
      expect((await failing(api.post(`/drivers/me/deliveries/${order.id}/complete`, {}, bearer(winnerToken)))).status).toEqual(409)
    })

    it("lets only staff-added emails register, shuts out other bakeries' drivers, deactivated drivers and the wrong kind of token", async () => {
      const ana = await addDriver(crumb(), "Ana Driver", "ana@vans.test")
      await addDriver(shop.bakeryIdsByHandle["northern-whisk"], "Nia North", "nia@vans.test")
      const { shopper, order } = await preparedOrder("guarded@sweetspot.test")

      // Anyone staff did not add gets the same 401, whether their email exists elsewhere or not; nothing is created.
      const stranger = await failing(api.post("/auth/driver/emailpass/register", { email: "nobody@vans.test", password: "x-secret-1" }))
      const shopperEmail = await failing(api.post("/auth/driver/emailpass/register", { email: "guarded@sweetspot.test", password: "x-secret-1" }))
      expect([stranger.status, shopperEmail.status]).toEqual([401, 401])
      expect(shopperEmail.data).toEqual(stranger.data)
      const identities = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "nobody@vans.test" })
      expect(identities).toHaveLength(0)
      // A shopper's token is no driver's, and a driver's opens no store or admin route (on a shopper's
      // order it is a guest's: the 404 of a missing order).
      expect((await failing(api.get("/drivers/me", { headers: { authorization: shopper.authorization } }))).status).toEqual(401)
      const anaToken = await registerDriver(api, "ana@vans.test")
      const asDriver = { headers: { ...shop.storeHeaders, ...bearer(anaToken).headers } }
      expect((await failing(api.get(`/store/orders/${order.id}/delivery`, asDriver))).status).toEqual(404)
      expect((await failing(api.get("/store/customers/me/cake-customizations", asDriver))).status).toEqual(401)
      expect((await failing(api.get(`/admin/bakeries/${crumb()}`, bearer(anaToken)))).status).toEqual(401)
      expect((await failing(api.get("/drivers/me"))).status).toEqual(401)
      // Registering twice with the same email is refused the same way.
      expect((await failing(api.post("/auth/driver/emailpass/register", { email: "ana@vans.test", password: "other-pass-1" }))).status).toEqual(401)

      // Another bakery's driver finds nothing of Crumb & Co's.
      const niaToken = await registerDriver(api, "nia@vans.test")
      expect(await list(niaToken, "ready")).toEqual([])
      for (const verb of ["claim", "release", "pick-up", "complete"]) {
        const refused = await failing(api.post(`/drivers/me/deliveries/${order.id}/${verb}`, {}, bearer(niaToken)))
        expect([verb, refused.status, refused.data.message]).toEqual([verb, 404, `Delivery ${order.id} was not found`])
      }

      // Password reset mails a link to the driver app.
      await after("auth.password_reset", () => api.post("/auth/driver/emailpass/reset-password", { identifier: "ana@vans.test" }))
      const [reset] = await sent({ to: "ana@vans.test", template: "password-reset" })
      expect(reset.data?.reset_url).toMatch(/^https:\/\/drive\.sweetspot\.test\/reset-password\?token=/)

      // Deactivated: the same token stops working on every driver route.
      await api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, bearer(anaToken))
      const off = await api.post(`/admin/drivers/${ana.id}`, { is_active: false }, admin)
      expect(off.data.driver.is_active).toEqual(false)
      for (const [method, path] of <[string, string][]>[
        ["get", "/drivers/me"],
        ["get", "/drivers/me/deliveries?status=mine"],
        ["post", `/drivers/me/deliveries/${order.id}/pick-up`],
        ["post", "/drivers/me/location"],
      ]) {
        const refused = await failing(
          method === "get" ? api.get(path, bearer(anaToken)) : api.post(path, { latitude: 1, longitude: 1, recorded_at: new Date().toISOString() }, bearer(anaToken))
        )
        expect([path, refused.status]).toEqual([path, 401])
      }
      // Staff cannot change a registered driver's email; removing them frees the order and the email.
      expect((await failing(api.post(`/admin/drivers/${ana.id}`, { email: "new@vans.test" }, admin))).status).toEqual(400)
      expect((await failing(api.post(`/admin/bakeries/${crumb()}/drivers`, { name: "Dup", email: "ANA@vans.test" }, admin))).status).toEqual(422)
      expect((await api.delete(`/admin/drivers/${ana.id}`, admin)).data).toEqual({ id: ana.id, object: "driver", deleted: true })
      await addDriver(crumb(), "Ana Again", "ana@vans.test")
      const againToken = await registerDriver(api, "ana@vans.test", "fresh-pass-2")
      expect(await list(againToken, "ready")).toEqual([order.id])
      expect((await failing(api.post(`/admin/drivers/${ana.id}`, { name: "Gone" }, admin))).status).toEqual(404)
    })

    it("works through the SDK, limits each driver's position reports and refuses nonsense positions", async () => {
      const client = () => new Medusa({ baseUrl: api.defaults.baseURL as string, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      const staff = client()
      await staff.auth.login("user", "emailpass", TEST_ADMIN)
      const { driver: added } = await sweetspot(staff).admin.drivers.create(crumb(), { name: "Sdk Driver", email: "sdk@vans.test" })
      const phone = client()
      await phone.auth.register("driver", "emailpass", { email: "sdk@vans.test", password: "van-driver-1" })
      expect((await sweetspot(phone).driver.register()).driver.id).toEqual(added.id)
      await phone.auth.login("driver", "emailpass", { email: "sdk@vans.test", password: "van-driver-1" })
      expect((await sweetspot(phone).driver.me()).driver.bakery.name).toEqual("Crumb & Co")
      expect(await sweetspot(phone).driver.deliveries.list({ status: "done" })).toEqual({ deliveries: [], count: 0 })
      const idle = await sweetspot(phone).driver.reportLocation({ latitude: 51.5, longitude: -0.1, recorded_at: new Date().toISOString() }).catch((e) => e)
      expect(idle).toBeInstanceOf(SweetSpotApiError)
      expect(idle.status).toEqual(409)
      expect((await sweetspot(staff).admin.drivers.update(added.id, { phone: "+44 1" })).driver.phone).toEqual("+44 1")
      expect((await sweetspot(staff).admin.drivers.list(crumb())).drivers.map((d) => d.email)).toEqual(["sdk@vans.test"])
      expect(await sweetspot(staff).admin.drivers.delete(added.id)).toEqual({ id: added.id, object: "driver", deleted: true })

      await addDriver(crumb(), "Ana Driver", "ana@vans.test")
      const token = await registerDriver(api, "ana@vans.test")
      const bad = [
        { latitude: 91, longitude: 0, recorded_at: new Date().toISOString() },
        { latitude: 0, longitude: -181, recorded_at: new Date().toISOString() },
        { latitude: 0, longitude: 0, recorded_at: "yesterday" },
        { latitude: 0, longitude: 0 },
        { latitude: 0, longitude: 0, recorded_at: new Date().toISOString(), driver_id: "drv_other" },
      ]
      for (const body of bad) {
        const refused = await failing(api.post("/drivers/me/location", body, bearer(token)))
        expect([JSON.stringify(body), refused.status, refused.data.type]).toEqual([JSON.stringify(body), 400, "invalid_data"])
      }
      // 30 reports a minute (each refused here: nothing is carried), then 429 with Retry-After.
      const statuses: number[] = []
      for (let i = 0; i < 31; i++) {
        const answer = await failing(api.post("/drivers/me/location", { latitude: 51.5, longitude: -0.1, recorded_at: new Date().toISOString() }, bearer(token)))
        statuses.push(answer.status)
      }
      expect(statuses).toEqual([...Array(30).fill(409), 429])
    })

    it("keeps drivers off orders staff shipped themselves, and sends arriving-soon once the van's ETA is close", async () => {
      await addDriver(crumb(), "Ana Driver", "ana@vans.test")
      const ana = await registerDriver(api, "ana@vans.test")
      const message = async (verb: string, orderId: string) => (await failing(api.post(`/drivers/me/deliveries/${orderId}/${verb}`, {}, bearer(ana)))).data.message

      // Staff ship an order nobody claimed: no driver can take it or hand it over.
      const unclaimed = await preparedOrder("self-shipped@sweetspot.test")
      const { data: shippedOrder } = await api.get(`/admin/orders/${unclaimed.order.id}?fields=*fulfillments`, admin)
      const fulfillment = shippedOrder.order.fulfillments[0]
      const items = unclaimed.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
      await after("shipment.created", () => api.post(`/admin/orders/${unclaimed.order.id}/fulfillments/${fulfillment.id}/shipments`, { items }, admin))
      expect(await message("claim", unclaimed.order.id)).toEqual(`Order #${unclaimed.order.display_id} has already been picked up`)
      expect(await message("complete", unclaimed.order.id)).toEqual(`Order #${unclaimed.order.display_id} is not yours: claim it first`)
      expect(await list(ana, "ready")).toEqual([])

      // Staff ship an order Ana claimed: she carries it now (Medusa's shipment route stamps her pick-up), so her
      // own pick-up and a release are refused, her position counts and the hand-over is hers.
      const claimed = await preparedOrder("claimed-then-shipped@sweetspot.test")
      await api.post(`/drivers/me/deliveries/${claimed.order.id}/claim`, {}, bearer(ana))
      const { data: claimedOrder } = await api.get(`/admin/orders/${claimed.order.id}?fields=*fulfillments`, admin)
      const claimedItems = claimed.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
      await after("shipment.created", () =>
        api.post(`/admin/orders/${claimed.order.id}/fulfillments/${claimedOrder.order.fulfillments[0].id}/shipments`, { items: claimedItems }, admin)
      )
      expect(await message("pick-up", claimed.order.id)).toEqual(`Order #${claimed.order.display_id} has already been picked up`)
      expect(await message("release", claimed.order.id)).toEqual(`Order #${claimed.order.display_id} has already been picked up`)
      expect(await list(ana, "mine")).toEqual([claimed.order.id])

      // The van is 15 minutes out from the bakery (no arriving-soon), then reports a position 4 minutes away.
      expect(await sent({ to: "claimed-then-shipped@sweetspot.test", template: "arriving-soon" })).toHaveLength(0)
      google.state.duration_seconds = 240
      await after(DeliveryEvents.ARRIVING_SOON, () =>
        after(DeliveryEvents.DRIVER_POSITION_UPDATED, () =>
          api.post("/drivers/me/location", { latitude: 51.515, longitude: -0.075, recorded_at: new Date().toISOString() }, bearer(ana))
        )
      )
      expect((await deliveryOf(claimed.order.id, claimed.shopper)).estimate).toEqual(expect.objectContaining({ origin: "driver", source: "google" }))
      expect(await sent({ to: "claimed-then-shipped@sweetspot.test", template: "arriving-soon" })).toHaveLength(1)
      const done: any = await after("delivery.created", () => api.post(`/drivers/me/deliveries/${claimed.order.id}/complete`, {}, bearer(ana)))
      expect(done.data.delivery.stage).toEqual("delivered")
    })

    it("shows staff a bakery's deliveries of a day with each stage and driver: cancelled ones too, collections never", async () => {
      await addDriver(crumb(), "Ana Driver", "ana@vans.test")
      const anaToken = await registerDriver(api, "ana@vans.test")
      const { order } = await preparedOrder("day@sweetspot.test")
      /** A guest's order of one cake from Crumb & Co, in the first free window. */
      const guestOrder = async (fulfillment: Fulfillment) => {
        const cart = await createCart(api, shop.storeHeaders, shop.regionId)
        const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: shop.storeHeaders })
        await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id, customization: {} }, { headers: shop.storeHeaders })
        await bookFirstSlot(api, shop.storeHeaders, crumb(), cart.id)
        await prepareCheckout(api, shop.storeHeaders, cart.id, "guest@sweetspot.test", LONDON_ADDRESS, fulfillment)
        const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: shop.storeHeaders })
        return data.order
      }
      const cancelled = await guestOrder("delivery")
      await after("order.canceled", () => api.post(`/admin/orders/${cancelled.id}/cancel`, {}, admin))
      const collected = await guestOrder("pickup")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: slots } = await query.graph({ entity: "order", fields: ["id", "delivery_slot.date"], filters: { id: [order.id, collected.id] } })
      const [date, collectionDate] = [order.id, collected.id].map((id) => slots.find((o: any) => o.id === id)!.delivery_slot!.date)
      expect(collectionDate).toEqual(date)

      const client = new Medusa({ baseUrl: api.defaults.baseURL as string, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await client.auth.login("user", "emailpass", TEST_ADMIN)
      const day = (on?: string) => sweetspot(client).admin.bakeries.deliveries(crumb(), on ? { date: on } : {})
      const stages = async () => (await day(date)).deliveries.map((d) => [d.order_id, d.stage, d.driver?.name ?? null])
      const listed = await day(date)
      expect(listed).toEqual(expect.objectContaining({ date, count: 2 }))
      expect(listed.deliveries[0]).toEqual(
        expect.objectContaining({
          order_id: order.id,
          display_id: order.display_id,
          cakes: [expect.objectContaining({ title: "Chocolate Truffle Cake", message: "Happy 9th Ada" })],
          slot: expect.objectContaining({ starts_at: expect.any(String), ends_at: expect.any(String) }),
        })
      )
      expect(await stages()).toEqual([
        [order.id, "ready", null],
        [cancelled.id, "cancelled", null],
      ])
      await api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, bearer(anaToken))
      expect(await stages()).toEqual([
        [order.id, "claimed", "Ana Driver"],
        [cancelled.id, "cancelled", null],
      ])

      // Another day is empty; no date means today where the bakery is.
      expect(await day(addDays(date, 1))).toEqual({ date: addDays(date, 1), deliveries: [], count: 0 })
      expect((await day()).date).toEqual(zonedDate(new Date(), "Europe/London"))
      const badDate = await failing(api.get(`/admin/bakeries/${crumb()}/deliveries?date=2026-02-30`, admin))
      expect([badDate.status, badDate.data.message]).toEqual([400, expect.stringContaining("date must be a calendar date written YYYY-MM-DD")])
      const unknown = await failing(api.get("/admin/bakeries/bkry_nope/deliveries", admin))
      expect([unknown.status, unknown.data.message]).toEqual([404, "Bakery bkry_nope was not found"])
    })
  },
})
