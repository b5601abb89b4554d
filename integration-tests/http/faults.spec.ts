import { fakePort } from "../helpers/fake-port"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { refreshDeliveryEtasWorkflow } from "../../src/workflows/delivery/workflows/refresh-delivery-etas"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { fakeGoogle } from "../helpers/fake-google"
import { fakeResend } from "../helpers/fake-resend"
import { bookFirstSlot, checkout, createCart, LONDON_ADDRESS, registerShopper } from "../helpers/shopper"
import { fulfilOrder } from "../helpers/dispatch"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(120 * 1000)

// Both outside services point at fakes this suite controls: up, down, failing or slow.
const google = fakeGoogle(fakePort(6))
const resend = fakeResend(fakePort(7))
process.env.GOOGLE_MAPS_API_KEY = "fault-key"
process.env.GOOGLE_MAPS_BASE_URL = google.url
process.env.GOOGLE_MAPS_RETRIES = "1"
process.env.GOOGLE_MAPS_BACKOFF_MS = "10"
process.env.GOOGLE_MAPS_TIMEOUT_MS = "300"
process.env.RESEND_API_KEY = "re_fault_key"
process.env.RESEND_FROM = "SweetSpot <orders@sweetspot.test>"
process.env.RESEND_BASE_URL = resend.url
// A failed email is tried again once, a second later (every minute for half an hour by default).
process.env.EMAIL_RETRY_INTERVAL_SECONDS = "1"
process.env.EMAIL_MAX_RETRIES = "1"

beforeAll(() => resend.start())
afterAll(() => resend.stop())

/**
 * A Valentine's Day with Google and Resend misbehaving: orders must still complete,
 * estimates fall back, and every email goes out exactly once when Resend is back.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)

    beforeEach(() => {
      resend.requests.length = 0
      resend.sent.length = 0
      resend.state.failures = 0
      google.state.delay_ms = 0
    })

    /** A shopper's order with a cake, placed through checkout (no coordinates: the postal code is geocoded), then shipped. */
    async function placeAndShip(email: string) {
      const shop = await seedDemoShop(getContainer())
      const shopper = await registerShopper(api, shop.storeHeaders, email)
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: shopper })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id }, { headers: shopper })
      await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const order = await checkout(api, shopper, cart.id, email, LONDON_ADDRESS)
      await placed.catch(() => undefined)

      const admin = { headers: await adminHeaders(api, getContainer()) }
      const fulfilled = await fulfilOrder(api, order.id, admin)
      const shipped = TestEventUtils.waitSubscribersExecution("shipment.created", eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      await fulfilled.ship()
      await shipped.catch(() => undefined)
      return { order, shopper }
    }

    it("completes orders with Google unreachable and Resend failing, then sends each email once Resend is back", async () => {
      resend.state.failures = 1000
      const email = "valentine@sweetspot.test"
      const { order, shopper } = await placeAndShip(email)

      const { data } = await api.get(`/store/orders/${order.id}/delivery`, { headers: shopper })
      expect(data.delivery.status).toEqual("shipped")
      expect(data.delivery.estimate).toEqual(expect.objectContaining({ source: "fallback", eta_at: expect.any(String) }))
      await utils.waitWorkflowExecutions()
      const [failed] = await notifications({ to: email, template: "order-confirmation" })
      expect(failed.status).toEqual("failure")
      const confirmations = () => resend.requests.filter((r) => r.headers["idempotency-key"] === `order-confirmation:${order.id}`)
      // The first attempt and the one retry, both failed.
      expect(confirmations().map((r) => r.status)).toEqual([500, 500])

      // Resend is back; the event is delivered again (a redelivery or a retry of the job).
      resend.state.failures = 0
      const again = () => {
        const done = TestEventUtils.waitSubscribersExecution("order.placed", eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        return eventBus().emit({ name: "order.placed", data: { id: order.id } }).then(() => done)
      }
      await again()
      await again()
      const sent = await notifications({ to: email, template: "order-confirmation" })
      expect(sent).toHaveLength(1)
      expect(sent[0].status).toEqual("success")
      expect(resend.sent.filter((e) => e.idempotency_key === `order-confirmation:${order.id}`)).toHaveLength(1)
      expect(confirmations().filter((r) => r.status === 200)).toHaveLength(1)
    })

    it("falls back when Google answers slower than the timeout, and uses Google again once it is quick", async () => {
      await google.start()
      try {
        google.state.delay_ms = 2000
        const { order } = await placeAndShip("slow@sweetspot.test")
        const slow = await refreshDeliveryEtasWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })
        expect(slow.result.estimates[0]).toEqual(expect.objectContaining({ source: "fallback", fallback_reason: expect.stringMatching(/time|abort/i) }))

        google.state.delay_ms = 0
        const quick = await refreshDeliveryEtasWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })
        expect(quick.result.estimates[0]).toEqual(expect.objectContaining({ source: "google", fallback_reason: null }))
      } finally {
        google.state.delay_ms = 0
        await google.stop()
      }
    })
  },
})
