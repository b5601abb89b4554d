import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { bookFirstSlot, checkout, createCart, LONDON_ADDRESS, registerShopper } from "../helpers/shopper"
import { fulfilOrder } from "../helpers/dispatch"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
    })

    it("walks a shopper from registration to a delivered cake, as a storefront would", async () => {
      const store = shop.storeHeaders
      const email = "priya@sweetspot.test"

      // Register and log in (JWT).
      const shopper = await registerShopper(api, store, email, "s3cret-cake")
      const { data: me } = await api.get("/store/customers/me", { headers: shopper })
      expect(me.customer).toEqual(expect.objectContaining({ email, first_name: "Sam", last_name: "Baker", phone: "+44 7700 900000" }))

      // Browse.
      const { data: bakeries } = await api.get("/store/bakeries?city=London", { headers: store })
      const bakery = bakeries.bakeries[0]
      const { data: cakes } = await api.get(`/store/cakes?bakery_id=${bakery.id}&region_id=${shop.regionId}&flavour=chocolate`, { headers: store })
      const cake = cakes.cakes[0]
      const variant = cake.variants.find((v: any) => v.title.startsWith("8"))

      // Customise and add to a cart.
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: added } = await api.post(
        `/store/carts/${cart.id}/cakes`,
        { variant_id: variant.id, quantity: 1, customization: { message: "Happy birthday Mum", egg_version: "eggless", toppings: ["Sprinkles"] } },
        { headers: shopper }
      )
      expect(added.cart.items[0].unit_price).toEqual(variant.calculated_price.calculated_amount + 2)

      // Pick a delivery slot the bakery can meet.
      const slot = await bookFirstSlot(api, shopper, bakery.id, cart.id)
      const { data: withSlot } = await api.get(`/store/carts/${cart.id}`, { headers: shopper })
      expect(new Date(withSlot.cart.delivery_slot.starts_at).toISOString()).toEqual(slot.starts_at)

      // Pay with the system provider and complete.
      const order = await checkout(api, shopper, cart.id, email)
      expect(order.items[0].cake_customization?.message ?? "Happy birthday Mum").toEqual("Happy birthday Mum")

      // My orders, and tracking.
      const { data: mine } = await api.get("/store/orders", { headers: shopper })
      expect(mine.orders.map((o: any) => o.id)).toEqual([order.id])
      const track = async () => (await api.get(`/store/orders/${order.id}/delivery`, { headers: shopper })).data.delivery
      expect(await track()).toEqual({
        fulfillment: "delivery",
        status: "pending",
        slot: { starts_at: slot.starts_at, ends_at: slot.ends_at },
        estimate: null,
      })

      // Staff fulfil, ship and deliver.
      const admin = { headers: await adminHeaders(api, getContainer()) }
      const fulfilled = await fulfilOrder(api, order.id, admin)
      expect((await track()).status).toEqual("pending")

      await fulfilled.ship()
      expect((await track()).status).toEqual("shipped")

      await fulfilled.deliver()
      expect((await track()).status).toEqual("delivered")
    })

    it("reads cancelled for a cancelled order and gives its capacity back", async () => {
      const store = shop.storeHeaders
      const shopper = await registerShopper(api, store, "cancel@sweetspot.test")
      const cart = await createCart(api, shopper, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: store })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id, quantity: 3 }, { headers: shopper })
      const slot = await bookFirstSlot(api, shopper, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      const order = await checkout(api, shopper, cart.id, "cancel@sweetspot.test")

      const date = slot.starts_at.slice(0, 10)
      const admin = { headers: await adminHeaders(api, getContainer()) }
      await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}`, { daily_capacity: 3 }, admin)
      const full = await api.get(`/store/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/delivery-slots?date=${date}`, { headers: store })
      expect(full.data.slots.every((s: any) => !s.available)).toBe(true)

      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const { data } = await api.get(`/store/orders/${order.id}/delivery`, { headers: shopper })
      expect(data.delivery.status).toEqual("cancelled")

      const freed = await api.get(`/store/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/delivery-slots?date=${date}`, { headers: store })
      expect(freed.data.slots.some((s: any) => s.available)).toBe(true)
    })

    it("shows an order's delivery to its own shopper only", async () => {
      const store = shop.storeHeaders
      const owner = await registerShopper(api, store, "owner@sweetspot.test")
      const other = await registerShopper(api, store, "nosy@sweetspot.test")
      const cart = await createCart(api, owner, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: store })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id }, { headers: owner })
      await bookFirstSlot(api, owner, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      const order = await checkout(api, owner, cart.id, "owner@sweetspot.test")

      const asOther = await failing(api.get(`/store/orders/${order.id}/delivery`, { headers: other }))
      expect(asOther.status).toEqual(404)
      expect(asOther.data.message).toEqual(`Order ${order.id} was not found`)
      // A registered shopper's order is not there for anyone else, logged in or not.
      expect((await failing(api.get(`/store/orders/${order.id}/delivery`, { headers: store }))).status).toEqual(404)
      expect((await failing(api.get(`/store/orders/order_missing/delivery`, { headers: owner }))).status).toEqual(404)
    })

    it("refuses to complete a cake cart without a delivery slot", async () => {
      const store = shop.storeHeaders
      const cart = await createCart(api, store, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: store })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id }, { headers: store })
      const response = await failing(checkout(api, store, cart.id))
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain("Choose a delivery slot")
    })

    it("refuses to complete when the address is outside the bakery's delivery radius", async () => {
      const store = shop.storeHeaders
      const cart = await createCart(api, store, shop.regionId)
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: store })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.cake.variants[0].id }, { headers: store })
      await bookFirstSlot(api, store, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
      const brighton = { ...LONDON_ADDRESS, city: "Brighton", postal_code: "BN1 1AA", metadata: { latitude: 50.8225, longitude: -0.1372 } }
      const response = await failing(checkout(api, store, cart.id, "far@sweetspot.test", brighton))
      expect(response.status).toEqual(400)
      expect(response.data.message).toMatch(/km from Crumb & Co, which delivers within 12 km/)
    })
  },
})
