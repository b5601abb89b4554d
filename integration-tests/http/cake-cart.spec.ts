import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { CAKE_MODULE } from "../../src/modules/cake"
import CakeModuleService from "../../src/modules/cake/service"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { bookFirstSlot, checkout, createCart, registerShopper } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(120 * 1000)

const SIX_INCH = '6" (serves 8)'

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let headers: Record<string, string>

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
      headers = shop.storeHeaders
    })

    const variantOf = async (handle: string, size = SIX_INCH) => {
      const { data } = await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}`, { headers })
      return data.cake.variants.find((v: any) => v.title === size).id as string
    }
    const addCake = (cartId: string, body: Record<string, unknown>, as = headers) =>
      api.post(`/store/carts/${cartId}/cakes`, body, { headers: as }).then((r) => r.data.cart)
    const getCart = (cartId: string, as = headers) => api.get(`/store/carts/${cartId}`, { headers: as }).then((r) => r.data.cart)
    const truffleChoice = { message: "Happy 30th Priya", egg_version: "eggless", toppings: ["Fresh berries"], shape: "Heart" }

    describe("POST /store/carts/:id/cakes", () => {
      it("prices a customised cake server-side and carries the customisation on its line", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const variant_id = await variantOf("chocolate-truffle-cake")
        const updated = await addCake(cart.id, { variant_id, quantity: 2, customization: truffleChoice })

        expect(updated.items).toHaveLength(1)
        const [line] = updated.items
        // 6" truffle 32 + fresh berries 6 + heart 8
        expect(line.unit_price).toEqual(46)
        expect(line.quantity).toEqual(2)
        expect(line.cake_customization).toEqual(
          expect.objectContaining({
            message: "Happy 30th Priya",
            egg_version: "eggless",
            toppings: ["Fresh berries"],
            shape: "Heart",
            price_adjustment: 14,
          })
        )
        expect(updated.item_total).toEqual(92)
      })

      it("prices in the cart's currency in another region", async () => {
        const { result: [ireland] } = await createRegionsWorkflow(getContainer()).run({
          input: { regions: [{ name: "Ireland", currency_code: "eur", countries: ["ie"] }] },
        })
        const cart = await createCart(api, headers, ireland.id)
        const updated = await addCake(cart.id, { variant_id: await variantOf("chocolate-truffle-cake"), customization: truffleChoice })
        // 6" truffle is 37 EUR; the toppings and shape add the same 14
        expect(updated.currency_code).toEqual("eur")
        expect(updated.items[0].unit_price).toEqual(51)
      })

      it("does not let the client set the price", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const variant_id = await variantOf("lemon-drizzle")
        const response = await failing(api.post(`/store/carts/${cart.id}/cakes`, { variant_id, unit_price: 1 }, { headers }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("unit_price")
        expect((await getCart(cart.id)).items).toHaveLength(0)
      })

      it("merges identical cakes into one line and keeps different ones apart", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const variant_id = await variantOf("chocolate-truffle-cake")
        await addCake(cart.id, { variant_id, customization: truffleChoice })
        const merged = await addCake(cart.id, { variant_id, customization: { ...truffleChoice, toppings: ["fresh berries"] } })
        expect(merged.items).toHaveLength(1)
        expect(merged.items[0].quantity).toEqual(2)

        const apart = await addCake(cart.id, { variant_id, customization: { ...truffleChoice, message: "Happy 31st Priya" } })
        expect(apart.items).toHaveLength(2)
        const messages = apart.items.map((i: any) => i.cake_customization.message).sort()
        expect(messages).toEqual(["Happy 30th Priya", "Happy 31st Priya"])
      })

      it("shows each line's customisation through Medusa's own cart route", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        await addCake(cart.id, { variant_id: await variantOf("victoria-sponge"), customization: { message: "Congratulations" } })
        const fetched = await getCart(cart.id)
        expect(fetched.items[0].cake_customization.message).toEqual("Congratulations")
        expect(fetched.items[0].cake_customization.egg_version).toEqual("egg")
        // The customisation names its line and its cake itself: no link rows, read through read-only links.
        expect(fetched.items[0].cake_customization.line_item_id).toEqual(fetched.items[0].id)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [customization] } = await query.graph({
          entity: "cake_customization",
          fields: ["id", "line_item_id", "product_id", "cake.title"],
          filters: { id: fetched.items[0].cake_customization.id },
        })
        expect(customization).toEqual(
          expect.objectContaining({ line_item_id: fetched.items[0].id, product_id: fetched.items[0].product_id, cake: expect.objectContaining({ title: "Classic Victoria Sponge" }) })
        )
      })

      it("refuses a cake of a second bakery with a 409 naming both, through either route", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle") })
        const caramel = await variantOf("salted-caramel-drip")

        const ours = await failing(api.post(`/store/carts/${cart.id}/cakes`, { variant_id: caramel }, { headers }))
        expect(ours.status).toEqual(409)
        expect(ours.data.message).toContain("Crumb & Co")
        expect(ours.data.message).toContain("Northern Whisk")

        const medusas = await failing(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: caramel, quantity: 1 }, { headers }))
        expect(medusas.status).toEqual(409)
        expect(medusas.data.message).toContain("Northern Whisk")
        expect((await getCart(cart.id)).items).toHaveLength(1)
        // Medusa's add refused the cake after SweetSpot recorded its choice: the choice is gone again.
        const service = getContainer().resolve(CAKE_MODULE) as CakeModuleService
        expect(await service.listCakeCustomizations({ cart_id: cart.id })).toHaveLength(1)
      })

      it.each([
        ["a message over the cake's limit", { customization: { message: "x".repeat(41) } }, "customization.message"],
        ["an egg version the cake lacks", { handle: "red-velvet-celebration", customization: { egg_version: "eggless" } }, "egg_version"],
        ["an unknown egg version", { customization: { egg_version: "vegan" } }, "egg_version"],
        ["a topping not offered", { customization: { toppings: ["Anchovies"] } }, "Fresh berries"],
        ["a shape not offered", { customization: { shape: "Star" } }, "Heart"],
        ["quantity 0", { quantity: 0 }, "quantity"],
        ["quantity over 20", { quantity: 21 }, "quantity"],
        ["an unknown variant", { variant_id: "variant_missing" }, "variant_id"],
      ])("refuses %s with a 4xx naming the field, leaving the cart as it was", async (_, change: any, expected) => {
        const cart = await createCart(api, headers, shop.regionId)
        await addCake(cart.id, { variant_id: await variantOf("chocolate-truffle-cake") })
        const before = await getCart(cart.id)

        const variant_id = change.variant_id ?? (await variantOf(change.handle ?? "chocolate-truffle-cake"))
        const response = await failing(
          api.post(`/store/carts/${cart.id}/cakes`, { variant_id, quantity: change.quantity ?? 1, customization: change.customization ?? {} }, { headers })
        )
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
        expect(response.data.message).toContain(expected)

        const after = await getCart(cart.id)
        expect(after.items.map((i: any) => [i.id, i.quantity, i.unit_price])).toEqual(before.items.map((i: any) => [i.id, i.quantity, i.unit_price]))
        expect(after.total).toEqual(before.total)
      })

      it("refuses a cake that is unavailable right now", async () => {
        const admin = await adminHeaders(api, getContainer())
        await api.post(`/admin/products/${shop.productIdsByHandle["carrot-walnut"]}/cake-profile`, { is_available: false }, { headers: admin })
        const cart = await createCart(api, headers, shop.regionId)
        const response = await failing(api.post(`/store/carts/${cart.id}/cakes`, { variant_id: await variantOf("carrot-walnut") }, { headers }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("not available")
      })

      it("prices each add with the cake's profile and price as they are now, after adds of the same cake", async () => {
        const admin = await adminHeaders(api, getContainer())
        const product = shop.productIdsByHandle["lemon-drizzle"]
        const variant_id = await variantOf("lemon-drizzle")
        const choice = { toppings: ["Sprinkles"] }
        const priceOfNewAdd = async () => (await addCake((await createCart(api, headers, shop.regionId)).id, { variant_id, customization: choice })).items[0].unit_price
        const before = await priceOfNewAdd()
        expect(await priceOfNewAdd()).toEqual(before)

        await api.post(`/admin/products/${product}/cake-profile`, { toppings: [{ name: "Sprinkles", price: 5 }] }, { headers: admin })
        expect(await priceOfNewAdd()).toEqual(before + 3)

        const { data: { variant } } = await api.get(`/admin/products/${product}/variants/${variant_id}?fields=id,*prices`, { headers: admin })
        const prices = variant.prices.map((price: any) => ({ id: price.id, amount: price.amount + 10, currency_code: price.currency_code }))
        await api.post(`/admin/products/${product}/variants/${variant_id}`, { prices }, { headers: admin })
        expect(await priceOfNewAdd()).toEqual(before + 13)

        await api.post(`/admin/products/${product}/cake-profile`, { is_available: false }, { headers: admin })
        const cart = await createCart(api, headers, shop.regionId)
        const refused = await failing(api.post(`/store/carts/${cart.id}/cakes`, { variant_id, customization: choice }, { headers }))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("not available")
      })

      it("answers 404 for another shopper's cart", async () => {
        const owner = await registerShopper(api, headers, "owner@sweetspot.test")
        const other = await registerShopper(api, headers, "other@sweetspot.test")
        const cart = await createCart(api, owner, shop.regionId)
        const variant_id = await variantOf("lemon-drizzle")

        const asOther = await failing(api.post(`/store/carts/${cart.id}/cakes`, { variant_id }, { headers: other }))
        expect(asOther.status).toEqual(404)
        const asGuest = await failing(api.post(`/store/carts/${cart.id}/cakes`, { variant_id }, { headers }))
        expect(asGuest.status).toEqual(404)
        expect((await getCart(cart.id, owner)).items).toHaveLength(0)
      })

      it("lets a guest who has given an email keep adding cakes and book a slot", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        // Medusa attaches a guest customer (no account) to a cart once it has an email.
        const { data } = await api.post(`/store/carts/${cart.id}?fields=+customer_id`, { email: "guest@sweetspot.test" }, { headers })
        expect(data.cart.customer_id).toEqual(expect.any(String))

        const withCake = await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle") })
        expect(withCake.items).toHaveLength(1)
        await bookFirstSlot(api, headers, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        expect((await getCart(cart.id)).delivery_slot).toEqual(expect.objectContaining({ starts_at: expect.any(String) }))
      })
    })

    describe("POST /store/carts/:id/cakes/:line_id", () => {
      it("changes the customisation and quantity and reprices", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const added = await addCake(cart.id, { variant_id: await variantOf("chocolate-truffle-cake"), customization: truffleChoice })
        const lineId = added.items[0].id

        const { data } = await api.post(
          `/store/carts/${cart.id}/cakes/${lineId}`,
          { quantity: 3, customization: { toppings: ["Edible gold leaf", "Sprinkles"], shape: "Square" } },
          { headers }
        )
        const [line] = data.cart.items
        // 32 + gold leaf 9 + sprinkles 2 + square 4
        expect(line.unit_price).toEqual(47)
        expect(line.quantity).toEqual(3)
        expect(line.cake_customization).toEqual(
          expect.objectContaining({
            message: "Happy 30th Priya",
            toppings: ["Edible gold leaf", "Sprinkles"],
            shape: "Square",
            price_adjustment: 15,
          })
        )
      })

      it("refuses a bad change and leaves the line as it was", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const added = await addCake(cart.id, { variant_id: await variantOf("chocolate-truffle-cake"), customization: truffleChoice })
        const lineId = added.items[0].id
        const response = await failing(
          api.post(`/store/carts/${cart.id}/cakes/${lineId}`, { customization: { shape: "Star" } }, { headers })
        )
        expect(response.status).toEqual(400)
        const [line] = (await getCart(cart.id)).items
        expect(line.unit_price).toEqual(46)
        expect(line.cake_customization.shape).toEqual("Heart")
      })

      it("answers 404 for a line that is not a cake line of this cart", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const response = await failing(api.post(`/store/carts/${cart.id}/cakes/cali_missing`, { quantity: 2 }, { headers }))
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("cali_missing")
      })
    })

    describe("removing a cake line through Medusa's route", () => {
      it("removes its customisation", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const added = await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Bye" } })
        const customizationId = added.items[0].cake_customization.id

        const removed = TestEventUtils.waitSubscribersExecution("cart.updated", getContainer().resolve("event_bus"), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        await api.delete(`/store/carts/${cart.id}/line-items/${added.items[0].id}`, { headers })
        await removed

        const service = getContainer().resolve(CAKE_MODULE) as CakeModuleService
        expect(await service.listCakeCustomizations({ id: customizationId })).toHaveLength(0)
      })

      it("keeps a customisation whose line is not named yet (an add still under way)", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        const added = await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Bye" } })
        const service = getContainer().resolve(CAKE_MODULE) as CakeModuleService
        // What SweetSpot's add has written before Medusa's add-to-cart makes its line.
        const underWay = await service.createCakeCustomizations({ cart_id: cart.id, message: "Coming", egg_version: "egg", price_adjustment: 0 })

        const removed = TestEventUtils.waitSubscribersExecution("cart.updated", getContainer().resolve("event_bus"), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        await api.delete(`/store/carts/${cart.id}/line-items/${added.items[0].id}`, { headers })
        await removed

        expect(await service.listCakeCustomizations({ id: added.items[0].cake_customization.id })).toHaveLength(0)
        expect(await service.listCakeCustomizations({ id: underWay.id })).toHaveLength(1)
      })
    })

    describe("customisations of a shopper", () => {
      it("follow a guest cart to the customer who logs in, and list newest first", async () => {
        const cart = await createCart(api, headers, shop.regionId)
        await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "First" } })
        await addCake(cart.id, { variant_id: await variantOf("victoria-sponge"), customization: { message: "Second" } })

        const shopper = await registerShopper(api, headers, "guest-turned-customer@sweetspot.test")
        const transferred = TestEventUtils.waitSubscribersExecution("cart.customer_transferred", getContainer().resolve("event_bus"), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        await api.post(`/store/carts/${cart.id}/customer`, {}, { headers: shopper })
        await transferred

        const { data } = await api.get("/store/customers/me/cake-customizations", { headers: shopper })
        expect(data.count).toEqual(2)
        expect(data.cake_customizations.map((c: any) => c.message)).toEqual(["Second", "First"])
        expect(data.cake_customizations[0].product.handle).toEqual("victoria-sponge")
      })

      it("are never another shopper's", async () => {
        const alice = await registerShopper(api, headers, "alice@sweetspot.test")
        const bob = await registerShopper(api, headers, "bob@sweetspot.test")
        const cart = await createCart(api, alice, shop.regionId)
        const added = await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Alice's" } }, alice)

        expect((await api.get("/store/customers/me/cake-customizations", { headers: alice })).data.count).toEqual(1)
        expect((await api.get("/store/customers/me/cake-customizations", { headers: bob })).data).toEqual(
          expect.objectContaining({ cake_customizations: [], count: 0 })
        )
        const change = await failing(
          api.post(`/store/carts/${cart.id}/cakes/${added.items[0].id}`, { customization: { message: "Bob's" } }, { headers: bob })
        )
        expect(change.status).toEqual(404)
        expect((await getCart(cart.id, alice)).items[0].cake_customization.message).toEqual("Alice's")
        expect((await failing(api.get("/store/customers/me/cake-customizations", { headers }))).status).toEqual(401)
      })
    })

    describe("checkout", () => {
      it("carries each customisation to its order line and links the order to its bakery", async () => {
        const shopper = await registerShopper(api, headers, "buyer@sweetspot.test")
        const cart = await createCart(api, shopper, shop.regionId)
        await addCake(cart.id, { variant_id: await variantOf("chocolate-truffle-cake"), customization: truffleChoice }, shopper)
        await addCake(cart.id, { variant_id: await variantOf("lemon-drizzle"), customization: { message: "Get well soon" } }, shopper)

        await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, shopper, cart.id, "buyer@sweetspot.test")
        const { data } = await api.get(`/store/orders/${order.id}`, { headers: shopper })
        const byMessage = Object.fromEntries(data.order.items.map((i: any) => [i.cake_customization?.message, i]))
        expect(byMessage["Happy 30th Priya"].unit_price).toEqual(46)
        expect(byMessage["Happy 30th Priya"].cake_customization.toppings).toEqual(["Fresh berries"])
        expect(byMessage["Get well soon"].cake_customization.egg_version).toEqual("egg")

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [linked] } = await query.graph({ entity: "order", fields: ["id", "bakery.handle"], filters: { id: order.id } })
        expect((linked as any).bakery.handle).toEqual("crumb-and-co")

        const admin = await adminHeaders(api, getContainer())
        const adminOrder = await api.get(`/admin/orders/${order.id}`, { headers: admin })
        expect(adminOrder.data.order.items.map((i: any) => i.cake_customization?.message).sort()).toEqual(["Get well soon", "Happy 30th Priya"])
      })
    })
  },
})
