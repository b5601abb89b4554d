import { fakePort } from "../helpers/fake-port"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addToCartWorkflowId, createRegionsWorkflow, transferCartCustomerWorkflowId } from "@medusajs/medusa/core-flows"
import { capacityLockKey } from "../../src/workflows/delivery/utils/capacity-lock"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { fulfilOrder } from "../helpers/dispatch"
import { useEnv } from "../helpers/env"
import { fakeGoogle } from "../helpers/fake-google"
import {
  bookFirstSlot,
  checkout,
  createCart,
  payWithSystemProvider,
  MANCHESTER_ADDRESS,
  prepareCheckout,
  registerShopper,
  StoreHeaders,
} from "../helpers/shopper"

jest.setTimeout(240 * 1000)

// The ETA refresh must not ask Google for a delivered order: the fake counts what it is asked.
const google = fakeGoogle(fakePort(10))
useEnv({ GOOGLE_MAPS_API_KEY: "test-key", GOOGLE_MAPS_BASE_URL: google.url, GOOGLE_MAPS_RETRIES: "0" })
beforeAll(() => google.start())
afterAll(() => google.stop())

const SIX_INCH = '6" (serves 8)'
const TOPPINGS = [
  { name: "Fresh berries", price: 6 },
  { name: "Chocolate shards", price: 4 },
  { name: "Edible gold leaf", price: 9 },
  { name: "Sprinkles", price: 2 },
]

/**
 * Every rule holds on every path: Medusa's own cart and order routes reach the
 * same carts and orders as SweetSpot's, so each rule is proven through them.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let guest: StoreHeaders
    let admin: Record<string, string>

    beforeEach(async () => {
      google.reset()
      shop = await seedDemoShop(getContainer())
      guest = shop.storeHeaders
      admin = await adminHeaders(api, getContainer())
    })

    const variantOf = async (handle: string, size = SIX_INCH) => {
      const { data } = await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}`, { headers: guest })
      return data.cake.variants.find((v: any) => v.title === size).id as string
    }
    const addCake = (cartId: string, headers: StoreHeaders, body: Record<string, unknown>) =>
      api.post(`/store/carts/${cartId}/cakes`, body, { headers }).then((r) => r.data.cart)
    const cartOf = (cartId: string, headers: StoreHeaders) => api.get(`/store/carts/${cartId}`, { headers }).then((r) => r.data.cart)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    /** Runs one of Medusa's workflows as server code would, through the engine that holds the app's hooks. */
    const runWorkflow = (id: string, input: Record<string, unknown>) =>
      getContainer().resolve(Modules.WORKFLOW_ENGINE).run(id, { input, throwOnError: true })
    const lockIsFree = async (bakeryId: string, date: string) => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const key = capacityLockKey(bakeryId, date)
      try {
        await locking.acquire(key, { ownerId: "probe", expire: 1 })
        await locking.release(key, { ownerId: "probe" })
        return true
      } catch {
        return false
      }
    }

    describe("a registered shopper's cart and order are theirs on every route", () => {
      it("answers another shopper and a guest exactly as for a cart or order that does not exist", async () => {
        const owner = await registerShopper(api, guest, "owner@sweetspot.test")
        const other = await registerShopper(api, guest, "other@sweetspot.test")
        const cart = await createCart(api, owner, shop.regionId)
        await addCake(cart.id, owner, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Owner's own" } })

        for (const [path, body] of [
          [`/store/carts/%s`, undefined],
          [`/store/carts/%s`, { email: "thief@sweetspot.test" }],
          [`/store/carts/%s/line-items`, { variant_id: await variantOf("victoria-sponge"), quantity: 1 }],
          [`/store/carts/%s/complete`, {}],
        ] as const) {
          const call = (id: string, headers: StoreHeaders) =>
            failing(body ? api.post(path.replace("%s", id), body, { headers }) : api.get(path.replace("%s", id), { headers }))
          const missing = await call("cart_01JDOESNOTEXIST0000000000", other)
          for (const caller of [other, guest]) {
            const refused = await call(cart.id, caller)
            expect({ status: refused.status, body: refused.data }).toEqual({
              status: 404,
              body: { ...missing.data, message: missing.data.message.replace("cart_01JDOESNOTEXIST0000000000", cart.id) },
            })
          }
        }
        expect((await cartOf(cart.id, owner)).items[0].cake_customization.message).toEqual("Owner's own")
      })

      it("does not let another shopper take over a registered shopper's cart, through the route or the workflow", async () => {
        const owner = await registerShopper(api, guest, "owner@sweetspot.test")
        const other = await registerShopper(api, guest, "other@sweetspot.test")
        const cart = await createCart(api, owner, shop.regionId)

        expect((await failing(api.post(`/store/carts/${cart.id}/customer`, {}, { headers: other }))).status).toEqual(404)
        const { data: me } = await api.get("/store/customers/me", { headers: other })
        // The engine rejects with the error as it serialises it, not an Error of this realm.
        await expect(runWorkflow(transferCartCustomerWorkflowId, { id: cart.id, customer_id: me.customer.id })).rejects.toMatchObject({
          message: `Cart ${cart.id} was not found`,
        })
        const { data: [stored] } = await query().graph({ entity: "cart", fields: ["customer_id"], filters: { id: cart.id } })
        expect(stored.customer_id).not.toEqual(me.customer.id)
      })

      it("shows a registered shopper's order to them alone, and a guest's order to whoever holds its id", async () => {
        const owner = await registerShopper(api, guest, "owner@sweetspot.test")
        const other = await registerShopper(api, guest, "other@sweetspot.test")
        const cart = await createCart(api, owner, shop.regionId)
        await addCake(cart.id, owner, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Secret message" } })
        await bookFirstSlot(api, owner, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, owner, cart.id, "owner@sweetspot.test")

        const { data } = await api.get(`/store/orders/${order.id}`, { headers: owner })
        expect(data.order.items[0].cake_customization.message).toEqual("Secret message")
        for (const caller of [other, guest]) {
          const refused = await failing(api.get(`/store/orders/${order.id}`, { headers: caller }))
          expect(refused.status).toEqual(404)
          expect(JSON.stringify(refused.data)).not.toContain("Secret message")
        }

        const guestCart = await createCart(api, guest, shop.regionId)
        await addCake(guestCart.id, guest, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Guest's cake" } })
        await bookFirstSlot(api, guest, shop.bakeryIdsByHandle["crumb-and-co"], guestCart.id)
        const guestOrder = await checkout(api, guest, guestCart.id, "guest@sweetspot.test")
        expect((await api.get(`/store/orders/${guestOrder.id}`, { headers: guest })).data.order.id).toEqual(guestOrder.id)
      })

      it("does not let a guest hand a cart to an account by typing its email, which would lock them out of it", async () => {
        const owner = await registerShopper(api, guest, "account@sweetspot.test")
        const cart = await createCart(api, guest, shop.regionId)
        for (const email of ["account@sweetspot.test", "ACCOUNT@sweetspot.test"]) {
          const refused = await failing(api.post(`/store/carts/${cart.id}`, { email }, { headers: guest }))
          expect({ status: refused.status, message: refused.data.message }).toEqual({
            status: 400,
            message: "email: an account uses this email address; log in to check out with it, or give another one",
          })
        }
        expect((await failing(api.post("/store/carts", { region_id: shop.regionId, email: "account@sweetspot.test" }, { headers: guest }))).status).toEqual(400)

        // Another email keeps the cart a guest's; the account holder, logged in, may use their own.
        const { data } = await api.post(`/store/carts/${cart.id}`, { email: "someone@sweetspot.test" }, { headers: guest })
        expect(data.cart.email).toEqual("someone@sweetspot.test")
        const own = await createCart(api, owner, shop.regionId)
        expect((await api.post(`/store/carts/${own.id}`, { email: "account@sweetspot.test" }, { headers: owner })).status).toEqual(200)
        const fresh = await createCart(api, guest, shop.regionId)
        await api.post(`/store/carts/${fresh.id}/customer`, {}, { headers: owner })
        expect((await api.post(`/store/carts/${fresh.id}`, { email: "account@sweetspot.test" }, { headers: owner })).status).toEqual(200)
      })

      it("reads a cart's cake fields only as the route allows: nothing reached through them", async () => {
        const victim = await registerShopper(api, guest, "victim@sweetspot.test")
        const cart = await createCart(api, victim, shop.regionId)
        const lemon = await variantOf("lemon-drizzle")
        await addCake(cart.id, victim, { variant_id: lemon, customization: { message: "Victim's secret" } })

        const attacker = await createCart(api, guest, shop.regionId)
        const fields = [
          "items.product.cake_customizations.message",
          "items.cake_customization.product.cake_customizations.message",
          "items.cake_customization.customer.email",
          "*items.product.cake_customizations",
        ].join(",")
        await addCake(attacker.id, guest, { variant_id: lemon })
        for (const response of [
          await api.get(`/store/carts/${attacker.id}?fields=${fields}`, { headers: guest }),
          await api.post(`/store/carts/${attacker.id}/cakes?fields=${fields}`, { variant_id: lemon }, { headers: guest }),
        ]) {
          expect(response.status).toEqual(200)
          expect(JSON.stringify(response.data)).not.toContain("Victim's secret")
          expect(JSON.stringify(response.data)).not.toContain("victim@sweetspot.test")
        }
        const own = await api.get(`/store/carts/${attacker.id}?fields=id,items.id,items.cake_customization.message`, { headers: guest })
        // The customisation answers with the line it names (the join key): this line's own id.
        const [line] = own.data.cart.items
        expect(line).toEqual({ id: expect.any(String), cake_customization: { line_item_id: line.id, message: null } })
      })
    })

    describe("a line's customisation is the one SweetSpot made for it", () => {
      async function victimCart() {
        const victim = await registerShopper(api, guest, "victim@sweetspot.test")
        const cart = await createCart(api, victim, shop.regionId)
        const added = await addCake(cart.id, victim, {
          variant_id: await variantOf("chocolate-truffle-cake"),
          customization: { message: "Happy 30th Priya", toppings: ["Edible gold leaf"] },
        })
        return { victim, cart, line: added.items[0] }
      }

      it("refuses customisation keys sent to Medusa's routes, and the victim still checks out", async () => {
        const { victim, cart, line } = await victimCart()
        const attacker = await registerShopper(api, guest, "attacker@sweetspot.test")
        const own = await createCart(api, attacker, shop.regionId)
        const truffle = await variantOf("chocolate-truffle-cake")
        const stolen = { cake_customization_id: line.cake_customization.id, cake_choice_key: line.metadata.cake_choice_key }

        const viaLineItems = await failing(
          api.post(`/store/carts/${own.id}/line-items`, { variant_id: truffle, quantity: 1, metadata: stolen }, { headers: attacker })
        )
        expect(viaLineItems.status).toEqual(400)
        expect(viaLineItems.data.message).toContain("POST /store/carts/:id/cakes")
        const viaNewCart = await failing(
          api.post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: truffle, quantity: 1, metadata: stolen }] }, { headers: attacker })
        )
        expect(viaNewCart.status).toEqual(400)

        const mine = await addCake(own.id, attacker, { variant_id: truffle, customization: { message: "Mine" } })
        const viaUpdate = await failing(
          api.post(`/store/carts/${own.id}/line-items/${mine.items[0].id}`, { quantity: 1, metadata: stolen }, { headers: attacker })
        )
        expect(viaUpdate.status).toEqual(400)
        const dropped = await failing(
          api.post(`/store/carts/${own.id}/line-items/${mine.items[0].id}`, { quantity: 1, metadata: {} }, { headers: attacker })
        )
        expect(dropped.status).toEqual(400)
        // A change that keeps the keys as they are is fine.
        const kept = await api.post(
          `/store/carts/${own.id}/line-items/${mine.items[0].id}`,
          { quantity: 2, metadata: { ...mine.items[0].metadata, gift_wrap: true } },
          { headers: attacker }
        )
        expect(kept.data.cart.items[0].quantity).toEqual(2)

        expect((await cartOf(own.id, attacker)).items.map((i: any) => i.cake_customization?.message)).toEqual(["Mine"])
        await bookFirstSlot(api, victim, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, victim, cart.id, "victim@sweetspot.test")
        const { data: [placed] } = await query().graph({
          entity: "order",
          fields: ["items.cake_customization.id", "items.unit_price"],
          filters: { id: order.id },
        })
        expect((placed.items ?? []).map((i: any) => [i.cake_customization.id, i.unit_price])).toEqual([[line.cake_customization.id, 41]])
      })

      it("never lets two lines carry one customisation, even from server code calling Medusa's workflow", async () => {
        const { cart, line } = await victimCart()
        await expect(
          runWorkflow(addToCartWorkflowId, {
            cart_id: cart.id,
            items: [{ variant_id: line.variant_id, quantity: 1, unit_price: 1, metadata: line.metadata }],
          })
        ).rejects.toMatchObject({ message: expect.stringContaining("metadata.cake_customization_id") })
        expect((await query().graph({ entity: "cart", fields: ["items.id"], filters: { id: cart.id } })).data[0].items).toHaveLength(1)
      })
    })

    describe("the cake rules run on Medusa's cart routes too, with the same messages", () => {
      const message = async (request: Promise<unknown>) => {
        const response = await failing(request)
        return { status: response.status, message: response.data.message }
      }

      it("refuses a cake of an inactive bakery, an unavailable cake and more than 20 on a line", async () => {
        const cart = await createCart(api, guest, shop.regionId)
        const carrot = await variantOf("carrot-walnut")
        await api.post(`/admin/products/${shop.productIdsByHandle["carrot-walnut"]}/cake-profile`, { is_available: false }, { headers: admin })
        const ours = await message(api.post(`/store/carts/${cart.id}/cakes`, { variant_id: carrot }, { headers: guest }))
        const medusas = await message(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: carrot, quantity: 1 }, { headers: guest }))
        expect(medusas).toEqual(ours)
        expect(medusas).toEqual({ status: 400, message: "Carrot & Walnut is not available right now" })
        const created = await message(
          api.post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: carrot, quantity: 1 }] }, { headers: guest })
        )
        expect(created).toEqual(ours)

        const lemon = await variantOf("lemon-drizzle")
        const twentyOne = await message(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: lemon, quantity: 21 }, { headers: guest }))
        expect(twentyOne).toEqual({ status: 400, message: expect.stringContaining("at most 20 of the same cake") })
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: lemon, quantity: 15 }, { headers: guest })
        const joining = await message(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: lemon, quantity: 6 }, { headers: guest }))
        expect(joining.message).toContain("the cart already has 15")
        const line = (await cartOf(cart.id, guest)).items[0]
        const raised = await message(api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 21 }, { headers: guest }))
        expect(raised.message).toContain("at most 20")

        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}`, { is_active: false }, { headers: admin })
        const victoria = await variantOf("victoria-sponge").catch(() => null)
        expect(victoria).toBeNull() // the cake route hides it: the variant id comes from the database instead
        const { data: [sponge] } = await query().graph({
          entity: "product",
          fields: ["variants.id"],
          filters: { id: shop.productIdsByHandle["victoria-sponge"] },
        })
        const inactive = await message(
          api.post(`/store/carts/${cart.id}/line-items`, { variant_id: sponge.variants[0].id, quantity: 1 }, { headers: guest })
        )
        expect(inactive).toEqual({ status: 400, message: `variant_id: ${sponge.variants[0].id} is not a cake on sale` })
        const customised = await message(
          api.post(`/store/carts/${cart.id}/cakes`, { variant_id: sponge.variants[0].id, quantity: 1, customization: { message: "Closed" } }, { headers: guest })
        )
        expect(customised).toEqual(inactive)
        expect((await cartOf(cart.id, guest)).items.map((i: any) => i.quantity)).toEqual([15])
        const { data: leftover } = await query().graph({ entity: "cake_customization", fields: ["id"], filters: { cart_id: cart.id, message: "Closed" } })
        expect(leftover).toEqual([])
      })

      it("keeps one bakery per cart when a cart is created with items", async () => {
        const response = await failing(
          api.post(
            "/store/carts",
            {
              region_id: shop.regionId,
              items: [
                { variant_id: await variantOf("lemon-drizzle"), quantity: 1 },
                { variant_id: await variantOf("salted-caramel-drip"), quantity: 1 },
              ],
            },
            { headers: guest }
          )
        )
        expect(response.status).toEqual(409)
        expect(response.data.message).toContain("Crumb & Co")
        expect(response.data.message).toContain("Northern Whisk")
      })
    })

    describe("checkout checks everything again", () => {
      const crumb = () => shop.bakeryIdsByHandle["crumb-and-co"]
      const complete = (cartId: string, headers: StoreHeaders) => failing(api.post(`/store/carts/${cartId}/complete`, {}, { headers }))
      const slotDate = async (cartId: string) =>
        ((await query().graph({ entity: "cart", fields: ["delivery_slot.date"], filters: { id: cartId } })).data[0] as any).delivery_slot.date as string

      it("refuses a slot chosen for another bakery's cakes, and leaves no lock behind", async () => {
        const cart = await createCart(api, guest, shop.regionId)
        const added = await addCake(cart.id, guest, { variant_id: await variantOf("lemon-drizzle") })
        await bookFirstSlot(api, guest, crumb(), cart.id)
        await api.delete(`/store/carts/${cart.id}/line-items/${added.items[0].id}`, { headers: guest })
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf("salted-caramel-drip"), quantity: 1 }, { headers: guest })
        await prepareCheckout(api, guest, cart.id, undefined, MANCHESTER_ADDRESS)

        const refused = await complete(cart.id, guest)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("Northern Whisk's slots")
        expect(await lockIsFree(shop.bakeryIdsByHandle["northern-whisk"], await slotDate(cart.id))).toBe(true)
        expect(await lockIsFree(crumb(), await slotDate(cart.id))).toBe(true)
      })

      it("refuses a bakery that stopped taking orders and a cake that became unavailable", async () => {
        const cart = await createCart(api, guest, shop.regionId)
        await addCake(cart.id, guest, { variant_id: await variantOf("lemon-drizzle") })
        await bookFirstSlot(api, guest, crumb(), cart.id)
        await prepareCheckout(api, guest, cart.id)

        await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { is_available: false }, { headers: admin })
        expect((await complete(cart.id, guest)).data.message).toEqual("Lemon Drizzle is not available right now")
        await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { is_available: true }, { headers: admin })

        await api.post(`/admin/bakeries/${crumb()}`, { is_active: false }, { headers: admin })
        expect((await complete(cart.id, guest)).data.message).toEqual("Crumb & Co is not taking orders right now")
        await api.post(`/admin/bakeries/${crumb()}`, { is_active: true }, { headers: admin })

        const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: guest })
        expect(data.type).toEqual("order")
        expect(await lockIsFree(crumb(), await slotDate(cart.id))).toBe(true)
      })

      it("refuses a price that moved since the cart was last brought up to date, which the next cart change reprices", async () => {
        const shopper = await registerShopper(api, guest, "buyer@sweetspot.test")
        const cart = await createCart(api, shopper, shop.regionId)
        const truffle = shop.productIdsByHandle["chocolate-truffle-cake"]
        await addCake(cart.id, shopper, { variant_id: await variantOf("chocolate-truffle-cake"), customization: { toppings: ["Fresh berries"] } })
        await bookFirstSlot(api, shopper, crumb(), cart.id)
        await prepareCheckout(api, shopper, cart.id, "buyer@sweetspot.test")

        const dearer = TOPPINGS.map((t) => (t.name === "Fresh berries" ? { ...t, price: 10 } : t))
        await api.post(`/admin/products/${truffle}/cake-profile`, { toppings: dearer }, { headers: admin })
        const refused = await complete(cart.id, shopper)
        expect(refused.status).toEqual(409)
        expect(refused.data.message).toContain("The price of Chocolate Truffle Cake changed from £38.00 to £42.00")
        expect(await lockIsFree(crumb(), await slotDate(cart.id))).toBe(true)

        const { data: refreshed } = await api.post(`/store/carts/${cart.id}`, {}, { headers: shopper })
        expect(refreshed.cart.items[0].unit_price).toEqual(42)
        expect(refreshed.cart.items[0].cake_customization.price_adjustment).toEqual(10)
        await payWithSystemProvider(api, shopper, cart.id)
        const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: shopper })
        expect(data.type).toEqual("order")
        expect(data.order.items[0].unit_price).toEqual(42)
      })

      it("never keeps a customised cake at a price of another currency when the cart changes region", async () => {
        const { result: [ireland] } = await createRegionsWorkflow(getContainer()).run({
          input: { regions: [{ name: "Ireland", currency_code: "eur", countries: ["ie"] }] },
        })
        const cart = await createCart(api, guest, shop.regionId)
        const added = await addCake(cart.id, guest, {
          variant_id: await variantOf("chocolate-truffle-cake"),
          customization: { toppings: ["Fresh berries"], shape: "Heart" },
        })
        expect(added.items[0].unit_price).toEqual(46)
        // Medusa 2.21 drops custom-priced lines when a cart changes region; the cake's customisation goes with its line.
        const removed = TestEventUtils.waitSubscribersExecution("cart.updated", getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        const { data } = await api.post(`/store/carts/${cart.id}`, { region_id: ireland.id }, { headers: guest })
        await removed
        expect(data.cart.currency_code).toEqual("eur")
        expect(data.cart.items).toEqual([])
        const { data: left } = await query().graph({ entity: "cake_customization", fields: ["id"], filters: { cart_id: cart.id } })
        expect(left).toEqual([])
      })

      it("re-checks a slot against the cakes the cart holds now", async () => {
        await api.post(`/admin/bakeries/${crumb()}`, { daily_capacity: 3 }, { headers: admin })
        const cart = await createCart(api, guest, shop.regionId)
        const added = await addCake(cart.id, guest, { variant_id: await variantOf("lemon-drizzle") })
        await bookFirstSlot(api, guest, crumb(), cart.id)
        await api.post(`/store/carts/${cart.id}/line-items/${added.items[0].id}`, { quantity: 4 }, { headers: guest })
        await prepareCheckout(api, guest, cart.id)
        const refused = await complete(cart.id, guest)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("fully booked")
      })

      it("answers a checkout that cannot get the bakery-day's lock with a 409, not a 500", async () => {
        const cart = await createCart(api, guest, shop.regionId)
        await addCake(cart.id, guest, { variant_id: await variantOf("lemon-drizzle") })
        await bookFirstSlot(api, guest, crumb(), cart.id)
        await prepareCheckout(api, guest, cart.id)
        const locking = getContainer().resolve(Modules.LOCKING)
        const key = capacityLockKey(crumb(), await slotDate(cart.id))
        await locking.acquire(key, { ownerId: "another-checkout", expire: 120 })
        try {
          const refused = await complete(cart.id, guest)
          expect(refused.status).toEqual(409)
          expect(refused.data.message).toMatch(/^Other orders for Crumb & Co on .* are being placed right now: try again in a moment$/)
        } finally {
          await locking.release(key, { ownerId: "another-checkout" })
        }
      })
    })

    describe("delivery status follows the whole order", () => {
      it("reads shipped until every cake has arrived, sends the delivered email once, and refreshes no ETA after", async () => {
        const shopper = await registerShopper(api, guest, "split@sweetspot.test")
        const cart = await createCart(api, shopper, shop.regionId)
        await addCake(cart.id, shopper, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "One" } })
        await addCake(cart.id, shopper, { variant_id: await variantOf("victoria-sponge"), customization: { message: "Two" } })
        await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, shopper, cart.id, "split@sweetspot.test")
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const after = async (event: string, action: () => Promise<unknown>) => {
          const done = TestEventUtils.waitSubscribersExecution(event, eventBus, { timeout: SUBSCRIBERS_TIMEOUT_MS })
          await action()
          await done
        }
        const status = async () => (await api.get(`/store/orders/${order.id}/delivery`, { headers: shopper })).data.delivery.status
        const delivered = () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-delivered" })

        const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "+items.id,+items.quantity" } })
        const [first, second] = data.order.items
        const ship = async (item: any) => {
          const { data: fulfilled } = await api.post(
            `/admin/orders/${order.id}/fulfillments`,
            { items: [{ id: item.id, quantity: item.quantity }] },
            { headers: admin, params: { fields: "*fulfillments" } }
          )
          const fulfillment = fulfilled.order.fulfillments.find((f: any) => !f.shipped_at && !f.delivered_at)
          const path = `/admin/orders/${order.id}/fulfillments/${fulfillment.id}`
          await after("shipment.created", () =>
            api.post(`${path}/shipments`, { items: [{ id: item.id, quantity: item.quantity }] }, { headers: admin })
          )
          return () => after("delivery.created", () => api.post(`${path}/mark-as-delivered`, {}, { headers: admin }))
        }

        const deliverFirst = await ship(first)
        expect(await status()).toEqual("shipped")
        await deliverFirst()
        expect(await status()).toEqual("shipped")
        expect(await delivered()).toHaveLength(0)

        const deliverSecond = await ship(second)
        await deliverSecond()
        expect(await status()).toEqual("delivered")
        expect(await delivered()).toHaveLength(1)

        const asked = google.state.requests
        const refresh = await api.post(`/admin/orders/${order.id}/delivery/refresh`, {}, { headers: admin })
        expect(refresh.data).toHaveProperty("estimate")
        expect(google.state.requests).toEqual(asked)
      })

      it("answers a cancelled order's ETA refresh without recomputing it", async () => {
        const cart = await createCart(api, guest, shop.regionId)
        await addCake(cart.id, guest, { variant_id: await variantOf("lemon-drizzle") })
        await bookFirstSlot(api, guest, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, guest, cart.id)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin })
        const asked = google.state.requests
        const { data } = await api.post(`/admin/orders/${order.id}/delivery/refresh`, {}, { headers: admin })
        expect(data).toEqual({ estimate: null })
        expect(google.state.requests).toEqual(asked)

        // An order on its way is recomputed (so the fake Google above is reachable).
        const live = await createCart(api, guest, shop.regionId)
        await addCake(live.id, guest, { variant_id: await variantOf("lemon-drizzle") })
        await bookFirstSlot(api, guest, shop.bakeryIdsByHandle["crumb-and-co"], live.id)
        const shipped = await checkout(api, guest, live.id)
        await (await fulfilOrder(api, shipped.id, { headers: admin })).ship()
        const fresh = await api.post(`/admin/orders/${shipped.id}/delivery/refresh`, {}, { headers: admin })
        expect(fresh.data.estimate.source).toEqual("google")
      })
    })
  },
})
