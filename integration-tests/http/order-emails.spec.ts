import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { bookFirstSlot, checkout, createCart, registerShopper } from "../helpers/shopper"
import { fulfilOrder } from "../helpers/dispatch"
import { addsUp, readMoney } from "../helpers/email-money"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

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
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const result = await action()
      await done
      return result
    }
    const emit = (name: string, data: Record<string, unknown>) => after(name, () => eventBus().emit({ name, data }))

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
    })

    /** The newest plain-text part the development outbox holds of a template sent to an address. */
    const outboxText = (template: string, email: string) => {
      const dir = process.env.MAIL_OUTBOX_DIR!
      const file = readdirSync(dir)
        .filter((f) => f.includes(`-${template}-${email}`) && f.endsWith(".txt"))
        .sort()
        .pop()
      if (!file) {
        throw new Error(`The outbox holds no ${template} email to ${email}`)
      }
      return readFileSync(join(dir, file), "utf8")
    }
    const trackingUrl = (orderId: string) => `${process.env.STOREFRONT_URL || "http://localhost:8000"}/orders/${orderId}/track`

    async function placeOrder(email: string, options: { promoCode?: string } = {}) {
      const shopper = await after("customer.created", () => registerShopper(api, shop.storeHeaders, email))
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["chocolate-truffle-cake"]}?region_id=${shop.regionId}`, {
        headers: shop.storeHeaders,
      })
      await api.post(
        `/store/carts/${cart.id}/cakes`,
        { variant_id: cake.cake.variants[0].id, customization: { message: "Happy 30th Priya", egg_version: "eggless", toppings: ["Sprinkles"] } },
        { headers: shopper }
      )
      if (options.promoCode) {
        await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: [options.promoCode] }, { headers: shopper })
      }
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

      // The confirmation's money adds up as a shopper reads it: the cake, then delivery, then the total (Medusa's
      // subtotal, cake and delivery together, is not shown as the items' subtotal).
      const { data: placed } = await api.get(`/admin/orders/${order.id}`, { ...admin, params: { fields: "item_subtotal,shipping_subtotal,subtotal,total" } })
      expect(placed.order.shipping_subtotal).toBeGreaterThan(0)
      const text = outboxText("order-confirmation", email)
      const money = readMoney(text)
      expect(money).toMatchObject({
        items: placed.order.item_subtotal,
        delivery: placed.order.shipping_subtotal,
        discount: null,
        tax: null,
        total: placed.order.total,
      })
      expect(addsUp(money)).toBe(true)
      expect(text).not.toContain("Subtotal")
      // Each cake's egg version, and the storefront's tracking page where the shopper follows the order.
      for (const template of ["order-confirmation", "out-for-delivery", "arriving-soon"]) {
        const sent = outboxText(template, email)
        expect({ template, egg: sent.includes("Egg version: eggless"), tracking: sent.includes(trackingUrl(order.id)) }).toEqual({
          template,
          egg: true,
          tracking: true,
        })
      }
    })

    it("adds up an order with a Medusa promotion and tax as Medusa charged it", async () => {
      const admin = { headers: await adminHeaders(api, getContainer()) }
      await api.post(
        "/admin/promotions",
        {
          code: "CAKE10",
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
        },
        admin
      )
      // 20% VAT in the UK, added to prices that exclude it (Medusa's default price preference).
      const { data: regions } = await api.get("/admin/tax-regions", { ...admin, params: { country_code: "gb" } })
      await api.post("/admin/tax-rates", { tax_region_id: regions.tax_regions[0].id, name: "VAT", code: "VAT", rate: 20, is_default: true }, admin)

      const email = "discount-and-tax@sweetspot.test"
      const { order } = await placeOrder(email, { promoCode: "CAKE10" })
      const fields = "item_subtotal,shipping_subtotal,discount_total,discount_tax_total,tax_total,total"
      const { data } = await api.get(`/admin/orders/${order.id}`, { ...admin, params: { fields } })
      const charged = data.order
      const pennies = (value: number) => Math.round(value * 100) / 100
      // What Medusa charged: 10% off the cakes, then 20% on the rest and delivery.
      const discount = charged.discount_total - charged.discount_tax_total
      expect(discount).toBeCloseTo(charged.item_subtotal * 0.1, 2)
      expect(charged.tax_total).toBeCloseTo((charged.item_subtotal - discount + charged.shipping_subtotal) * 0.2, 2)

      const money = readMoney(outboxText("order-confirmation", email))
      expect(money).toMatchObject({
        items: charged.item_subtotal,
        delivery: pennies(charged.shipping_subtotal),
        discount: -pennies(discount),
        tax: pennies(charged.tax_total),
        total: pennies(charged.total),
      })
      expect(addsUp(money)).toBe(true)
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
