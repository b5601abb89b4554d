import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { readdirSync } from "node:fs"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { bookFirstSlot, checkout, createCart, registerShopper } from "../helpers/shopper"
import { fulfilOrder } from "../helpers/dispatch"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    /** Runs `action` and waits until the subscribers of `event` have run. */
    const after = async <T>(event: string, action: () => Promise<T>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus())
      const result = await action()
      await done
      return result
    }
    const emit = (name: string, data: Record<string, unknown>) => after(name, () => eventBus().emit({ name, data }))

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
    })

    async function placeOrder(email: string) {
      const shopper = await after("customer.created", () => registerShopper(api, shop.storeHeaders, email))
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["chocolate-truffle-cake"]}?region_id=${shop.regionId}`, {
        headers: shop.storeHeaders,
      })
      await api.post(
        `/store/carts/${cart.id}/cakes`,
        { variant_id: cake.cake.variants[0].id, customization: { message: "Happy 30th Priya", toppings: ["Sprinkles"] } },
        { headers: shopper }
      )
      await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      const order = await after("order.placed", () => checkout(api, shopper, cart.id, email))
      return { shopper, order }
    }

    it("sends each lifecycle email once, to the shopper, with the right template", async () => {
      const email = "priya@sweetspot.test"
      const { order } = await placeOrder(email)

      const [welcome] = await notifications({ to: email, template: "welcome" })
      expect(welcome).toEqual(expect.objectContaining({ channel: "email", status: "success", idempotency_key: expect.stringMatching(/^welcome:cus_/) }))

      const [confirmation] = await notifications({ to: email, template: "order-confirmation" })
      expect(confirmation.resource_id).toEqual(order.id)
      expect(confirmation.status).toEqual("success")
      expect((confirmation.data as any).items[0].customization.message).toEqual("Happy 30th Priya")
      expect((confirmation.data as any).items[0].quantity).toBeGreaterThanOrEqual(1)
      expect((confirmation.data as any).sender.name).toEqual("Crumb & Co")
      expect((confirmation.data as any).slot).toEqual(expect.objectContaining({ starts_at: expect.any(String) }))

      const admin = { headers: await adminHeaders(api, getContainer()) }
      const fulfilled = await after("order.fulfillment_created", () => fulfilOrder(api, order.id, admin))
      await after("shipment.created", fulfilled.ship)
      await emit("delivery.arriving_soon", { order_id: order.id, eta_at: new Date(Date.now() + 10 * 60000).toISOString() })
      await after("delivery.created", fulfilled.deliver)

      for (const template of ["order-confirmation", "order-preparing", "out-for-delivery", "arriving-soon", "order-delivered"]) {
        const sent = await notifications({ to: email, template })
        expect({ template, count: sent.length, status: sent[0]?.status }).toEqual({ template, count: 1, status: "success" })
      }

      // The development outbox holds the rendered emails.
      const files = readdirSync(process.env.MAIL_OUTBOX_DIR!)
      expect(files.some((f) => f.includes("order-confirmation-priya@sweetspot.test") && f.endsWith(".html"))).toBe(true)
    })

    it("sends nothing twice when an event is delivered again", async () => {
      const email = "twice@sweetspot.test"
      const { order } = await placeOrder(email)
      await emit("order.placed", { id: order.id })
      const eta_at = new Date(Date.now() + 5 * 60000).toISOString()
      await emit("delivery.arriving_soon", { order_id: order.id, eta_at })
      await emit("delivery.arriving_soon", { order_id: order.id, eta_at })

      expect(await notifications({ to: email, template: "order-confirmation" })).toHaveLength(1)
      expect(await notifications({ to: email, template: "arriving-soon" })).toHaveLength(1)
    })

    it("tells the shopper a cancelled order was cancelled", async () => {
      const email = "cancel@sweetspot.test"
      const { order } = await placeOrder(email)
      const admin = { headers: await adminHeaders(api, getContainer()) }
      await after("order.canceled", () => api.post(`/admin/orders/${order.id}/cancel`, {}, admin))
      const [cancelled] = await notifications({ to: email, template: "order-cancelled" })
      expect(cancelled.resource_id).toEqual(order.id)
    })

    it("emails a reset link built from STOREFRONT_URL for a shopper's reset request", async () => {
      const email = "forgetful@sweetspot.test"
      await after("customer.created", () => registerShopper(api, shop.storeHeaders, email))
      await after("auth.password_reset", () => api.post("/auth/customer/emailpass/reset-password", { identifier: email }))
      const [reset] = await notifications({ to: email, template: "password-reset" })
      expect((reset.data as any).reset_url).toMatch(
        new RegExp(`^${process.env.STOREFRONT_URL || "http://localhost:8000"}/reset-password\\?token=.+&email=forgetful%40sweetspot.test$`)
      )
    })

    it("skips, without failing, an order that no longer exists and a guest without an account", async () => {
      await emit("order.placed", { id: "order_does_not_exist" })
      await emit("shipment.created", { id: "ful_does_not_exist" })
      expect(await notifications({ template: "order-confirmation" })).toHaveLength(0)
      expect(await notifications({ template: "out-for-delivery" })).toHaveLength(0)

      const customerModule = getContainer().resolve(Modules.CUSTOMER)
      const guest = await customerModule.createCustomers({ email: "guest@sweetspot.test", has_account: false })
      await emit("customer.created", { id: guest.id })
      expect(await notifications({ to: "guest@sweetspot.test" })).toHaveLength(0)
    })
  },
})
