import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { zonedDate } from "../../src/utils/zoned-time"
import { requestOrderBalances } from "../../src/workflows/deposit/utils/request-order-balances"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { useEnv } from "../helpers/env"
import { fakeStripe } from "../helpers/fake-stripe"
import { settleWorkflows } from "../helpers/settle"
import { bookFirstSlot, checkout, createCart, payWithSystemProvider, prepareCheckout, registerShopper } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(240 * 1000)

const DAY_MS = 24 * 60 * 60 * 1000
const pence = (amount: number) => Math.round(Number(amount) * 100)

type Fixture = {
  storeHeaders: Record<string, string>
  admin: { headers: Record<string, string> }
  shopper: Record<string, string>
  other: Record<string, string>
  regionId: string
  bakeryId: string
  /** A cake of the bakery (30% deposit), and one whose own profile says pay in full. */
  depositVariantId: string
  inFullVariantId: string
  /** A placed order that took a 30% deposit, and its slot; each test starts from it as placed. */
  deposit: { order: any; slot: { starts_at: string } }
  /** A placed order of the pay-in-full cake, with its cart's payment collection amount and total before checkout. */
  inFull: { order: any; slot: { starts_at: string }; collectionAmount: number; cartTotal: number }
}

// Stripe joins the payment providers (medusa-config reads these at boot); its API is a local fake.
const STRIPE_WEBHOOK_SECRET = "whsec_sweetspot_test"
useEnv({ STRIPE_API_KEY: "sk_test_sweetspot", STRIPE_WEBHOOK_SECRET })
const stripe = fakeStripe(STRIPE_WEBHOOK_SECRET)
beforeAll(() => stripe.start())
afterAll(() => stripe.stop())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let f: Fixture
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    /** Runs `action` and waits until the subscribers of `event` have run; answers what `action` answered. */
    const after = async (event: string, action: () => Promise<unknown>): Promise<any> => {
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const result = await action()
      await done
      return result
    }

    /** A cart of the shopper with one cake, its slot booked. */
    async function cakeCart(variantId = f.depositVariantId) {
      const cart = await createCart(api, f.shopper, f.regionId)
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: variantId, customization: { message: "Happy birthday" } }, { headers: f.shopper })
      const slot = await bookFirstSlot(api, f.shopper, f.bakeryId, cart.id)
      return { cartId: cart.id as string, slot }
    }

    async function placeOrder(variantId = f.depositVariantId) {
      const { cartId, slot } = await cakeCart(variantId)
      const order = await after("order.placed", () => checkout(api, f.shopper, cartId, "deposit-shopper@sweetspot.test"))
      return { order, slot }
    }

    // Built once: the runner snapshots the database after this and restores it before every test.
    beforeAll(async () => {
      const container = getContainer()
      // Medusa's Stripe provider, as configured, with the fake as Stripe's API.
      const provider = (container.resolve(Modules.PAYMENT) as any).paymentProviderService_.retrieveProvider("pp_stripe_stripe")
      provider.stripe_ = stripe.client("sk_test_sweetspot")
      const shop = await seedDemoShop(container)
      const admin = { headers: await adminHeaders(api, container) }
      await api.post(`/admin/regions/${shop.regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, admin)
      const bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
      await api.post(`/admin/bakeries/${bakeryId}`, { deposit: { percent: 30 }, balance_due_days: 3, cancellation_window_hours: 1 }, admin)
      await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { deposit: { percent: 0 } }, admin)
      const variantOf = async (handle: string) => {
        const { data } = await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}?region_id=${shop.regionId}`, { headers: shop.storeHeaders })
        return data.cake.variants[0].id as string
      }
      f = {
        storeHeaders: shop.storeHeaders,
        admin,
        shopper: await registerShopper(api, shop.storeHeaders, "deposit-shopper@sweetspot.test"),
        other: await registerShopper(api, shop.storeHeaders, "deposit-other@sweetspot.test"),
        regionId: shop.regionId,
        bakeryId,
        depositVariantId: await variantOf("chocolate-truffle-cake"),
        inFullVariantId: await variantOf("lemon-drizzle"),
        // Placed below, with the helpers that read the rest of the fixture.
      } as Omit<Fixture, "deposit" | "inFull"> as unknown as Fixture
      f.deposit = await placeOrder()
      const inFull = await cakeCart(f.inFullVariantId)
      await prepareCheckout(api, f.shopper, inFull.cartId, "deposit-shopper@sweetspot.test")
      const { data: [cart] } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "cart", fields: ["total", "payment_collection.amount"], filters: { id: inFull.cartId } })
      const order = await after("order.placed", () => checkout(api, f.shopper, inFull.cartId, "deposit-shopper@sweetspot.test"))
      f.inFull = { order, slot: inFull.slot, collectionAmount: Number((cart as any).payment_collection.amount), cartTotal: Number(cart.total) }
      await settleWorkflows(utils, getContainer())
    })

    const cartPayment = async (cartId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: ["total", "payment_collection.id", "payment_collection.amount", "payment_collection.payment_sessions.amount"],
        filters: { id: cartId },
      })
      return cart as any
    }

    const orderPayments = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "status",
          "total",
          "summary.*",
          "delivery_slot.released_at",
          "payment_collections.id",
          "payment_collections.status",
          "payment_collections.payments.amount",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: orderId },
      })
      const payments = (order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
      const refunded = payments.flatMap((p: any) => p.refunds ?? []).reduce((sum: number, r: any) => sum + Number(r.amount), 0)
      return { order: order as any, payments, refunded }
    }

    const balanceOf = async (orderId: string, headers = f.shopper) => (await api.get(`/store/orders/${orderId}/balance`, { headers })).data.balance

    it("takes 30% at checkout, keeps the cart's collection at the deposit after a change, refuses another amount, and captures the deposit", async () => {
      const { cartId } = await cakeCart()
      await prepareCheckout(api, f.shopper, cartId, "deposit-shopper@sweetspot.test")
      let cart = await cartPayment(cartId)
      expect(pence(cart.payment_collection.amount)).toEqual(Math.round(pence(cart.total) * 0.3))
      expect(cart.payment_collection.payment_sessions.map((s: any) => pence(s.amount))).toEqual([Math.round(pence(cart.total) * 0.3)])

      // A change after the session: Medusa puts the full total back; the deposit comes back with it.
      const before = pence(cart.total)
      await after("cart.updated", () =>
        api.post(`/store/carts/${cartId}/cakes`, { variant_id: f.depositVariantId, customization: { message: "And another" } }, { headers: f.shopper })
      )
      cart = await cartPayment(cartId)
      expect(pence(cart.total)).toBeGreaterThan(before)
      expect(pence(cart.payment_collection.amount)).toEqual(Math.round(pence(cart.total) * 0.3))

      // The same through Medusa's own line-item route: one more of a cake.
      const { data: { cart: lines } } = await api.get(`/store/carts/${cartId}?fields=id,*items`, { headers: f.shopper })
      const line = lines.items[0]
      await after("cart.updated", () =>
        api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: Number(line.quantity) + 1 }, { headers: f.shopper })
      )
      const grown = pence(cart.total)
      cart = await cartPayment(cartId)
      expect(pence(cart.total)).toBeGreaterThan(grown)
      expect(pence(cart.payment_collection.amount)).toEqual(Math.round(pence(cart.total) * 0.3))

      // A session for the full total (as a client might make behind Medusa's back) is refused at checkout.
      const payments = getContainer().resolve(Modules.PAYMENT)
      await payments.updatePaymentCollections(cart.payment_collection.id, { amount: cart.total })
      await payments.createPaymentSession(cart.payment_collection.id, { provider_id: "pp_system_default", amount: cart.total, currency_code: "gbp", data: {} })
      const refused = await failing(api.post(`/store/carts/${cartId}/complete`, {}, { headers: f.shopper }))
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toContain("deposit")

      await payWithSystemProvider(api, f.shopper, cartId)
      const { data } = await after("order.placed", () => api.post(`/store/carts/${cartId}/complete`, {}, { headers: f.shopper }))
      expect(data.type).toEqual("order")
      const total = pence(data.order.total)
      const deposit = Math.round(total * 0.3)
      const { order, payments: orderPays } = await orderPayments(data.order.id)
      expect(orderPays.map((p: any) => ({ amount: pence(p.amount), captured: !!p.captured_at }))).toEqual([{ amount: deposit, captured: true }])
      expect(pence(order.summary.pending_difference)).toEqual(total - deposit)

      const balance = await balanceOf(data.order.id)
      expect({ paid: pence(balance.paid), due: pence(balance.due), collection: balance.payment_collection_id }).toEqual({
        paid: deposit,
        due: total - deposit,
        collection: null,
      })
      expect(new Date(balance.due_at).getTime()).toBeLessThan(new Date(balance.cancel_until).getTime())
      expect((await failing(api.get(`/store/orders/${data.order.id}/balance`, { headers: f.other }))).status).toEqual(404)
      expect((await failing(api.get(`/store/orders/${data.order.id}/balance?extra=1`, { headers: f.shopper }))).status).toEqual(400)
    })

    it("asks for the balance on its due day (clock injected), once, and the shopper pays it through Medusa's payment-collection routes", async () => {
      const { order, slot } = f.deposit
      const slotStart = new Date(slot.starts_at).getTime()
      const container = getContainer()

      expect(await requestOrderBalances(container, new Date(slotStart - 3 * DAY_MS - 60_000))).toEqual([])
      expect((await balanceOf(order.id)).payment_collection_id).toBeNull()

      const dueDay = new Date(slotStart - 3 * DAY_MS + 60_000)
      // Two runs at once (two workers' jobs): one collection and one email between them.
      const [[requested], [twin]] = await Promise.all([requestOrderBalances(container, dueDay), requestOrderBalances(container, dueDay)])
      expect(requested).toEqual(expect.objectContaining({ order_id: order.id, payment_collection_id: expect.stringMatching(/^pay_col_/) }))
      expect(twin?.payment_collection_id).toEqual(requested.payment_collection_id)
      // Idempotent: a second run the same day makes no second collection and sends no second email.
      expect(await requestOrderBalances(container, dueDay)).toEqual([expect.objectContaining({ payment_collection_id: requested.payment_collection_id })])
      const emails = await notifications({ to: "deposit-shopper@sweetspot.test", template: "balance-due" })
      expect(emails).toHaveLength(1)
      expect((emails[0].data as any).balance.pay_url).toContain(`/orders/${order.id}/pay/${requested.payment_collection_id}`)

      let balance = await balanceOf(order.id)
      expect(balance.payment_collection_id).toEqual(requested.payment_collection_id)
      expect(pence(balance.due)).toEqual(pence(order.total) - Math.round(pence(order.total) * 0.3))

      // Another shopper cannot touch it; its owner pays through Medusa's own route.
      const sessionUrl = `/store/payment-collections/${requested.payment_collection_id}/payment-sessions`
      expect((await failing(api.post(sessionUrl, { provider_id: "pp_system_default" }, { headers: f.other }))).status).toEqual(404)
      expect((await failing(api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper }))).status).toEqual(400)
      const { data: session } = await api.post(sessionUrl, { provider_id: "pp_system_default" }, { headers: f.shopper })
      expect(pence(session.payment_collection.amount)).toEqual(pence(balance.due))
      expect((await failing(api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.other }))).status).toEqual(404)
      const { data: paid } = await api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper })
      expect({ paid: pence(paid.balance.paid), due: paid.balance.due }).toEqual({ paid: pence(order.total), due: 0 })

      const { order: settled } = await orderPayments(order.id)
      expect(pence(settled.summary.pending_difference)).toEqual(0)
      expect((await failing(api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper }))).status).toEqual(409)
      balance = await balanceOf(order.id)
      expect(balance.due).toEqual(0)
    })

    /** Asks for the deposit order's balance on its due day; answers the balance then owed. */
    const askForBalance = async (order: any, slot: { starts_at: string }) => {
      const dueDay = new Date(new Date(slot.starts_at).getTime() - 3 * DAY_MS + 60_000)
      const [requested] = await requestOrderBalances(getContainer(), dueDay)
      expect(requested).toEqual(expect.objectContaining({ order_id: order.id }))
      return balanceOf(order.id)
    }

    /** A Stripe session on the balance's collection, made through Medusa's own route; answers its PaymentIntent. */
    const stripeSession = async (collectionId: string) => {
      const { status, data } = await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: "pp_stripe_stripe" },
        { headers: f.shopper, validateStatus: () => true }
      )
      expect({ status, data: status === 200 ? "(ok)" : data }).toEqual({ status: 200, data: "(ok)" })
      const session = data.payment_collection.payment_sessions.find((s: any) => s.provider_id === "pp_stripe_stripe")
      return { session, intent: stripe.intents.get(session.data.id)! }
    }

    /** Sends Stripe's webhook to Medusa's own route and waits for Medusa's subscriber (after the payment module's delay). */
    const deliverWebhook = async (webhook: { payload: string; headers: Record<string, string> }) => {
      const handled = TestEventUtils.waitSubscribersExecution("payment.webhook_received", eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const response = await api.post("/hooks/payment/stripe_stripe", webhook.payload, {
        headers: webhook.headers,
        transformRequest: [(d: unknown) => d],
        validateStatus: () => true,
      })
      expect({ status: response.status, data: response.status === 200 ? "(ok)" : response.data }).toEqual({ status: 200, data: "(ok)" })
      await handled
    }

    it("pays the balance with Stripe: the authorisation reaches Medusa by Stripe's webhook (a forged one changes nothing), and the pay route captures it", async () => {
      const { order, slot } = f.deposit
      const owed = await askForBalance(order, slot)
      const { session, intent } = await stripeSession(owed.payment_collection_id)
      expect(intent).toEqual(expect.objectContaining({ amount: pence(owed.due), currency: "gbp", capture_method: "manual", metadata: { session_id: session.id } }))

      // The shopper confirms the card in the browser: Stripe holds the amount and tells Medusa.
      stripe.confirm(intent.id)
      await deliverWebhook(stripe.webhook("payment_intent.amount_capturable_updated", intent, "whsec_not_the_secret"))
      expect(pence((await balanceOf(order.id)).due)).toEqual(pence(owed.due))
      expect((await orderPayments(order.id)).payments).toHaveLength(1)

      await deliverWebhook(stripe.webhook("payment_intent.amount_capturable_updated", intent))
      const held = await orderPayments(order.id)
      expect(held.payments.map((p: any) => ({ amount: pence(p.amount), captured: !!p.captured_at }))).toEqual(
        expect.arrayContaining([{ amount: pence(owed.due), captured: false }])
      )
      // Held is not owed: the balance says so, and the pay route only captures what Stripe holds.
      expect((await balanceOf(order.id)).due).toEqual(0)
      const pay = await api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper, validateStatus: () => true })
      expect({ status: pay.status, data: pay.status === 200 ? "(ok)" : pay.data }).toEqual({ status: 200, data: "(ok)" })
      expect({ paid: pence(pay.data.balance.paid), due: pay.data.balance.due }).toEqual({ paid: pence(order.total), due: 0 })
      expect(stripe.intents.get(intent.id)).toEqual(expect.objectContaining({ status: "succeeded", amount_received: pence(owed.due) }))
      expect(stripe.calls.filter((call) => call === `POST /v1/payment_intents/${intent.id}/capture`)).toHaveLength(1)
    })

    it("captures a balance Stripe holds when the storefront never calls the pay route: the balance job does, once", async () => {
      const { order, slot } = f.deposit
      const owed = await askForBalance(order, slot)
      const { intent } = await stripeSession(owed.payment_collection_id)
      stripe.confirm(intent.id)
      await deliverWebhook(stripe.webhook("payment_intent.amount_capturable_updated", intent))
      expect(stripe.intents.get(intent.id)?.status).toEqual("requires_capture")

      // The job's next runs: the hold is captured by the first, and the second finds nothing to do.
      const dueDay = new Date(new Date(slot.starts_at).getTime() - 3 * DAY_MS + 120_000)
      expect(await requestOrderBalances(getContainer(), dueDay)).toEqual([])
      expect(await requestOrderBalances(getContainer(), dueDay)).toEqual([])
      expect(stripe.intents.get(intent.id)).toEqual(expect.objectContaining({ status: "succeeded", amount_received: pence(owed.due) }))
      expect(stripe.calls.filter((call) => call === `POST /v1/payment_intents/${intent.id}/capture`)).toHaveLength(1)
      const balance = await balanceOf(order.id)
      expect({ paid: pence(balance.paid), due: balance.due }).toEqual({ paid: pence(order.total), due: 0 })
      expect((await failing(api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper }))).status).toEqual(409)
    })

    it("records a balance Stripe took without the pay route (payment_intent.succeeded): Medusa's webhook flow captures it and nothing is owed", async () => {
      const { order, slot } = f.deposit
      const owed = await askForBalance(order, slot)
      const { intent } = await stripeSession(owed.payment_collection_id)
      // Held, then captured at Stripe (its dashboard, or a storefront confirming with automatic capture).
      stripe.confirm(intent.id)
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      await deliverWebhook(stripe.webhook("payment_intent.succeeded", intent))

      const balance = await balanceOf(order.id)
      expect({ paid: pence(balance.paid), due: balance.due }).toEqual({ paid: pence(order.total), due: 0 })
      expect(pence((await orderPayments(order.id)).order.summary.pending_difference)).toEqual(0)
      expect((await failing(api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper }))).status).toEqual(409)
    })

    it("owes a balance again when Stripe lets its hold go (payment_intent.canceled): Medusa's payment is cancelled, the shopper is asked again once, nothing captures it, and a new card pays", async () => {
      const { order, slot } = f.deposit
      const owed = await askForBalance(order, slot)
      const { intent } = await stripeSession(owed.payment_collection_id)
      stripe.confirm(intent.id)
      await deliverWebhook(stripe.webhook("payment_intent.amount_capturable_updated", intent))
      expect((await balanceOf(order.id)).due).toEqual(0)

      // Days later Stripe cancels the uncaptured intent (its hold expired, or someone cancelled it in Stripe's dashboard).
      Object.assign(intent, { status: "canceled", cancellation_reason: "automatic", amount_capturable: 0 })
      await deliverWebhook(stripe.webhook("payment_intent.canceled", intent, "whsec_not_the_secret"))
      expect((await balanceOf(order.id)).due).toEqual(0)
      await deliverWebhook(stripe.webhook("payment_intent.canceled", intent))
      // Stripe may deliver an event twice: still one cancellation and one email.
      await deliverWebhook(stripe.webhook("payment_intent.canceled", intent))

      expect(pence((await balanceOf(order.id)).due)).toEqual(pence(owed.due))
      const { payments } = await orderPayments(order.id)
      expect(payments.filter((p: any) => !p.captured_at).map((p: any) => ({ amount: pence(p.amount), cancelled: !!p.canceled_at }))).toEqual([
        { amount: pence(owed.due), cancelled: true },
      ])
      const emails = await notifications({ to: "deposit-shopper@sweetspot.test", template: "balance-due" })
      expect(emails.map((email: any) => email.trigger_type).sort()).toEqual(["order.balance_hold_lapsed", "order.balance_requested"])
      const again = emails.find((email: any) => email.trigger_type === "order.balance_hold_lapsed")!.data as any
      expect({ due: pence(again.balance.due), pay_url: again.balance.pay_url }).toEqual({
        due: pence(owed.due),
        pay_url: expect.stringContaining(`/orders/${order.id}/pay/${owed.payment_collection_id}`),
      })

      // Neither the job nor the pay route tries to capture what Stripe no longer holds.
      await requestOrderBalances(getContainer(), new Date(new Date(slot.starts_at).getTime() - 3 * DAY_MS + 120_000))
      const pay = await failing(api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper }))
      expect({ status: pay.status, message: pay.data.message }).toEqual({ status: 400, message: expect.stringContaining("payment session") })
      expect(stripe.calls.filter((call) => call === `POST /v1/payment_intents/${intent.id}/capture`)).toEqual([])

      // The shopper pays with another card, through Medusa's payment-session route as before.
      const { intent: second } = await stripeSession(owed.payment_collection_id)
      expect(second.id).not.toEqual(intent.id)
      stripe.confirm(second.id)
      await deliverWebhook(stripe.webhook("payment_intent.amount_capturable_updated", second))
      const paid = await api.post(`/store/orders/${order.id}/balance/pay`, {}, { headers: f.shopper, validateStatus: () => true })
      expect({ status: paid.status, data: paid.status === 200 ? "(ok)" : paid.data }).toEqual({ status: 200, data: "(ok)" })
      expect({ paid: pence(paid.data.balance.paid), due: paid.data.balance.due }).toEqual({ paid: pence(order.total), due: 0 })
      expect(stripe.intents.get(second.id)).toEqual(expect.objectContaining({ status: "succeeded", amount_received: pence(owed.due) }))
    })

    it("shows an unpaid balance on the order widget and lets staff record cash with Medusa's mark-as-paid", async () => {
      const { order, slot } = f.deposit
      const [requested] = await requestOrderBalances(getContainer(), new Date(new Date(slot.starts_at).getTime() - 3 * DAY_MS + 60_000))

      const { data: details } = await api.get(`/admin/orders/${order.id}/cake-details`, f.admin)
      // The due time (3 days before a slot a day or two away) has passed: unpaid at the cut-off.
      expect(details.balance).toEqual(
        expect.objectContaining({ payment_collection_id: requested.payment_collection_id, unpaid_at_cutoff: true, due: expect.any(Number) })
      )
      expect(details.balance.due).toBeGreaterThan(0)
      // The bake sheet of the order's day says so too, on the ticket and in the CSV.
      const day = zonedDate(new Date(slot.starts_at), "Europe/London")
      const ticketOf = async () =>
        (await api.get(`/admin/bakeries/${f.bakeryId}/bake-sheet?date=${day}`, f.admin)).data.bake_sheet.tickets.find((t: any) => t.order_id === order.id)
      expect((await ticketOf()).balance).toEqual(expect.objectContaining({ due: details.balance.due, unpaid_at_cutoff: true, currency_code: "gbp" }))
      const { data: csv } = await api.get(`/admin/bakeries/${f.bakeryId}/bake-sheet?date=${day}&format=csv`, f.admin)
      const [header, ...rows] = String(csv).trim().split("\r\n").map((line) => line.split(","))
      const row = rows.find((cells) => cells[0] === String(order.display_id))!
      expect([row[header.indexOf("balance_due")], row[header.indexOf("balance_unpaid_at_cutoff")]]).toEqual([`${details.balance.due} GBP`, "yes"])

      await api.post(`/admin/payment-collections/${requested.payment_collection_id}/mark-as-paid`, { order_id: order.id }, f.admin)
      const { data: after } = await api.get(`/admin/orders/${order.id}/cake-details`, f.admin)
      expect(after.balance).toEqual(expect.objectContaining({ due: 0, unpaid_at_cutoff: false }))
      expect((await ticketOf()).balance).toEqual(expect.objectContaining({ due: 0, unpaid_at_cutoff: false }))
      expect(pence(after.balance.paid)).toEqual(pence(order.total))
    })

    it("lets the shopper cancel inside the window (deposit refunded, capacity freed, emailed), and refuses after it, naming the deadline", async () => {
      const { order, slot } = f.deposit
      expect((await failing(api.post(`/store/orders/${order.id}/cancel`, {}, { headers: f.other }))).status).toEqual(404)

      // A window of 30 days has closed for any slot in the next fortnight.
      await api.post(`/admin/bakeries/${f.bakeryId}`, { cancellation_window_hours: 24 * 30 }, f.admin)
      const refused = await failing(api.post(`/store/orders/${order.id}/cancel`, {}, { headers: f.shopper }))
      expect(refused.status).toEqual(409)
      expect(refused.data.message).toContain(new Date(new Date(slot.starts_at).getTime() - 30 * DAY_MS).toISOString())
      expect((await orderPayments(order.id)).order.status).not.toEqual("canceled")

      // One hour before a slot at least four hours away (the bakery's lead time): still open.
      await api.post(`/admin/bakeries/${f.bakeryId}`, { cancellation_window_hours: 1 }, f.admin)
      const { data } = await after("order.canceled", () => api.post(`/store/orders/${order.id}/cancel`, {}, { headers: f.shopper }))
      const deposit = Math.round(pence(order.total) * 0.3)
      expect({ ...data.cancellation, refunded: pence(data.cancellation.refunded) }).toEqual(
        expect.objectContaining({ order_id: order.id, status: "canceled", refunded: deposit, kept: 0 })
      )
      const { order: cancelled, refunded } = await orderPayments(order.id)
      expect({ status: cancelled.status, refunded: pence(refunded), released: !!cancelled.delivery_slot.released_at }).toEqual({
        status: "canceled",
        refunded: deposit,
        released: true,
      })
      const [email] = await notifications({ to: "deposit-shopper@sweetspot.test", template: "order-cancelled" })
      expect((email.data as any).payments).toEqual(expect.objectContaining({ paid: 0 }))
      expect(pence((email.data as any).payments.refunded)).toEqual(deposit)
    })

    it.each([
      { refund: "full", refunds: true },
      { refund: "deposit_kept", refunds: false },
      { refund: "none", refunds: false },
      { refund: "Medusa's own cancel", refunds: true },
    ])("lets staff cancel with a refund choice: $refund", async ({ refund, refunds }) => {
      const { order } = f.deposit
      const deposit = Math.round(pence(order.total) * 0.3)
      const expected = refunds ? deposit : 0
      if (refund === "Medusa's own cancel") {
        await after("order.canceled", () => api.post(`/admin/orders/${order.id}/cancel`, {}, f.admin))
      } else {
        const { data } = await after("order.canceled", () => api.post(`/admin/orders/${order.id}/cancel-with-refund`, { refund }, f.admin))
        expect({ refunded: pence(data.cancellation.refunded), kept: pence(data.cancellation.kept) }).toEqual({ refunded: expected, kept: deposit - expected })
      }
      const cancelled = await orderPayments(order.id)
      expect({ status: cancelled.order.status, refunded: pence(cancelled.refunded), released: !!cancelled.order.delivery_slot.released_at }).toEqual({
        status: "canceled",
        refunded: expected,
        released: true,
      })
      const [email] = await notifications({ to: "deposit-shopper@sweetspot.test", template: "order-cancelled" })
      expect(pence((email.data as any).payments.paid)).toEqual(deposit - expected)
    })

    it("refuses a staff cancellation without a valid refund choice", async () => {
      const bad = await failing(api.post(`/admin/orders/${f.deposit.order.id}/cancel-with-refund`, { refund: "all" }, f.admin))
      expect(bad.status).toEqual(400)
      expect((await orderPayments(f.deposit.order.id)).order.status).not.toEqual("canceled")
    })

    it("leaves an order paid in full as it was: the whole total authorised at checkout, nothing owed, no balance asked for", async () => {
      const { order, slot, collectionAmount, cartTotal } = f.inFull
      expect(pence(collectionAmount)).toEqual(pence(cartTotal))
      const { payments } = await orderPayments(order.id)
      expect(payments.map((p: any) => ({ amount: pence(p.amount), captured: !!p.captured_at }))).toEqual([{ amount: pence(order.total), captured: false }])
      expect(await balanceOf(order.id)).toEqual(expect.objectContaining({ due: 0, due_at: null, payment_collection_id: null }))
      const soonest = Math.min(new Date(slot.starts_at).getTime(), new Date(f.deposit.slot.starts_at).getTime())
      const requested = await requestOrderBalances(getContainer(), new Date(soonest - 60_000))
      // The fixture's deposit order is asked; this one never is.
      expect(requested.map((r) => r.order_id)).not.toContain(order.id)
      expect(requested.map((r) => r.order_id)).toContain(f.deposit.order.id)
    })
  },
})
