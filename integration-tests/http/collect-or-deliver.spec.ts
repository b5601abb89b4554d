import { fakePort } from "../helpers/fake-port"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_BAKERIES } from "../../src/scripts/seed/demo-data"
import { deliveryFeeAmount, ROAD_FACTOR } from "../../src/workflows/delivery/rules/delivery-fee"
import { distanceKm } from "../../src/workflows/delivery/rules/delivery-radius"
import { placePostcodeOffline } from "../../src/workflows/delivery/rules/offline-postcode"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { useEnv } from "../helpers/env"
import { fakeGoogle } from "../helpers/fake-google"
import { bookFirstSlot, checkout, createCart, LONDON_ADDRESS, StoreHeaders } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(180 * 1000)

const google = fakeGoogle(fakePort(4))
useEnv({
  GOOGLE_MAPS_BACKEND: "routes",
  GOOGLE_MAPS_API_KEY: "test-key",
  GOOGLE_MAPS_BASE_URL: google.url,
  GOOGLE_MAPS_RETRIES: "1",
  GOOGLE_MAPS_BACKOFF_MS: "1",
})
beforeAll(() => google.start())
afterAll(() => google.stop())

const CRUMB = DEMO_BAKERIES.find((b) => b.handle === "crumb-and-co")!
const CRUMB_FEE = CRUMB.delivery_fees![0]

/** Each test delivers to its own coordinates, so no cached road distance answers another test. */
let place = 0
const addressAt = (metres: number) => {
  place++
  const latitude = Number((51.53 + place / 1000).toFixed(5))
  const longitude = -0.09
  google.state.distances.set(`${latitude.toFixed(5)},${longitude.toFixed(5)}`, metres)
  return { ...LONDON_ADDRESS, metadata: { latitude, longitude } }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let admin: { headers: Record<string, string> }
    let store: StoreHeaders

    beforeEach(async () => {
      google.reset()
      shop = await seedDemoShop(getContainer())
      admin = { headers: await adminHeaders(api, getContainer()) }
      store = shop.storeHeaders
    })

    const variantOf = async (handle: string) =>
      (await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}`, { headers: store })).data.cake.variants[0].id as string
    const cakeCart = async (handle = "chocolate-truffle-cake", regionId = shop.regionId) => {
      const cart = await createCart(api, store, regionId)
      const { data } = await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: await variantOf(handle) }, { headers: store })
      return data.cart as { id: string; items: { id: string }[] }
    }
    const listOptions = async (cartId: string) =>
      (await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: store })).data.shipping_options as any[]
    const optionOf = (options: any[], code: string) => options.find((o) => o.type.code === code)
    const setAddress = (cartId: string, address: Record<string, unknown>) =>
      api.post(`/store/carts/${cartId}`, { email: "cake@sweetspot.test", shipping_address: address }, { headers: store })
    const addMethod = (cartId: string, optionId: string) =>
      api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, { headers: store })
    const calculate = (cartId: string, optionId: string) =>
      api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: cartId }, { headers: store })
    const cartShipping = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}`, { headers: store })).data.cart as {
        shipping_total: number
        shipping_methods: { amount: number; shipping_option_id: string }[]
      }

    describe("GET /store/shipping-options (Medusa's)", () => {
      it("offers a cake cart its own bakery's two options only, told apart by type code", async () => {
        const crumb = await cakeCart("chocolate-truffle-cake")
        const options = await listOptions(crumb.id)
        expect(options.map((o) => [o.type.code, o.name, o.type.label]).sort()).toEqual([
          ["delivery", "Delivery by Crumb & Co", "Delivery"],
          ["pickup", "Collect from Crumb & Co", "Collect"],
        ])
        expect(options.map((o) => o.id).sort()).toEqual(
          [shop.shippingOptionIdsByBakery["crumb-and-co"].pickup, shop.shippingOptionIdsByBakery["crumb-and-co"].delivery].sort()
        )
        expect(optionOf(options, "pickup")).toEqual(expect.objectContaining({ price_type: "flat", amount: 0 }))
        expect(optionOf(options, "delivery")).toEqual(expect.objectContaining({ price_type: "calculated" }))

        const whisk = await cakeCart("salted-caramel-drip")
        expect((await listOptions(whisk.id)).map((o) => o.name).sort()).toEqual(["Collect from Northern Whisk", "Delivery by Northern Whisk"])

        // A cart without cakes has no bakery to collect from or deliver it.
        const empty = await createCart(api, store, shop.regionId)
        expect(await listOptions(empty.id)).toEqual([])
      })

      it("refuses another bakery's option on Medusa's add-shipping-method and calculate routes", async () => {
        const cart = await cakeCart("chocolate-truffle-cake")
        const whisk = shop.shippingOptionIdsByBakery["northern-whisk"]
        for (const optionId of [whisk.pickup, whisk.delivery]) {
          const refused = await failing(addMethod(cart.id, optionId))
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toMatch(/^(Collect from|Delivery by) Northern Whisk is not offered for this cart: its cakes are baked by Crumb & Co$/)
        }
        const priced = await failing(calculate(cart.id, whisk.delivery))
        expect(priced.status).toEqual(400)
        expect(priced.data.message).toMatch(/another bakery/)
        expect((await cartShipping(cart.id)).shipping_methods).toEqual([])
      })

      it("stops offering collection while pickup_enabled is false, and drops it from a cart on its next change", async () => {
        const bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
        const cart = await cakeCart()
        const pickup = shop.shippingOptionIdsByBakery["crumb-and-co"].pickup
        await addMethod(cart.id, pickup)
        expect((await cartShipping(cart.id)).shipping_methods.map((m) => m.shipping_option_id)).toEqual([pickup])

        await api.post(`/admin/bakeries/${bakeryId}`, { pickup_enabled: false }, admin)
        expect((await listOptions(cart.id)).map((o) => o.type.code)).toEqual(["delivery"])
        const refused = await failing(addMethod(cart.id, pickup))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toEqual("Crumb & Co does not offer collection at the moment: choose delivery")
        // Any change refreshes the cart's methods through the same listing.
        await api.post(`/store/carts/${cart.id}`, { email: "changed@sweetspot.test" }, { headers: store })
        expect((await cartShipping(cart.id)).shipping_methods).toEqual([])

        await api.post(`/admin/bakeries/${bakeryId}`, { pickup_enabled: true }, admin)
        expect((await listOptions(cart.id)).map((o) => o.type.code).sort()).toEqual(["delivery", "pickup"])
      })
    })

    describe("delivery priced by distance", () => {
      it("charges base + per km of Google's road distance, the same when listed, added and ordered", async () => {
        const cart = await cakeCart("chocolate-truffle-cake")
        const address = addressAt(5000)
        await setAddress(cart.id, address)
        const delivery = optionOf(await listOptions(cart.id), "delivery")
        const expected = CRUMB_FEE.base + CRUMB_FEE.per_km * 5
        expect((await calculate(cart.id, delivery.id)).data.shipping_option.amount).toEqual(expected)

        await bookFirstSlot(api, store, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, store, cart.id, "distance@sweetspot.test", address)
        const { data } = await api.get(
          `/admin/orders/${order.id}?fields=shipping_total,shipping_methods.amount,shipping_methods.name,shipping_methods.data`,
          admin
        )
        expect(data.order.shipping_total).toEqual(expected)
        expect(data.order.shipping_methods).toEqual([
          expect.objectContaining({
            name: "Delivery by Crumb & Co",
            amount: expected,
            data: expect.objectContaining({ fulfillment: "delivery", bakery_id: shop.bakeryIdsByHandle["crumb-and-co"] }),
          }),
        ])
      })

      it("is free once the cakes reach free_over, repriced when the cart changes", async () => {
        const cart = await cakeCart("chocolate-truffle-cake")
        await setAddress(cart.id, addressAt(2500))
        await addMethod(cart.id, optionOf(await listOptions(cart.id), "delivery").id)
        expect((await cartShipping(cart.id)).shipping_total).toEqual(CRUMB_FEE.base + CRUMB_FEE.per_km * 2.5)

        // Three £32 cakes reach the £80 threshold.
        await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 3 }, { headers: store })
        const after = await cartShipping(cart.id)
        expect(after.shipping_methods.map((m) => m.amount)).toEqual([0])
        expect(after.shipping_total).toEqual(0)
      })

      it("offers no delivery in a currency the bakery has no fee for, and says why when asked for it", async () => {
        // A new region's countries join every bakery's service zones (its carts get its country as their address's).
        const zonesJoined = TestEventUtils.waitSubscribersExecution("region.created", getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
        const { data: { region } } = await api.post(
          "/admin/regions",
          { name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] },
          admin
        )
        await zonesJoined
        const cart = await cakeCart("chocolate-truffle-cake", region.id)
        const options = await listOptions(cart.id)
        expect(options.map((o) => [o.type.code, o.amount])).toEqual([["pickup", 0]])

        const refused = await failing(addMethod(cart.id, shop.shippingOptionIdsByBakery["crumb-and-co"].delivery))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toEqual("Crumb & Co does not deliver in EUR: choose collection, or shop in a currency it delivers in")
        expect((await addMethod(cart.id, options[0].id)).status).toEqual(200)
      })
    })

    describe("outside the delivery radius", () => {
      it("by Google's road distance: no delivery, a 400 naming both distances, collection still offered", async () => {
        const cart = await cakeCart()
        const address = addressAt(20000)
        await setAddress(cart.id, address)
        const options = await listOptions(cart.id)
        expect(options.map((o) => o.type.code)).toEqual(["pickup"])

        const refused = await failing(addMethod(cart.id, shop.shippingOptionIdsByBakery["crumb-and-co"].delivery))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toEqual("The delivery address is 20.0 km from Crumb & Co, which delivers within 12 km")

        // Collected, the same cart goes through checkout: no radius for a pickup.
        await bookFirstSlot(api, store, shop.bakeryIdsByHandle["crumb-and-co"], cart.id)
        const order = await checkout(api, store, cart.id, "collect@sweetspot.test", address, "pickup")
        expect(order.id).toMatch(/^order_/)
      })

      it("without Google, places a postcode by its district and measures the straight line x 1.3", async () => {
        google.state.mode = "server-error"
        const far = await cakeCart()
        await setAddress(far.id, { ...LONDON_ADDRESS, address_1: "1 Piccadilly", city: "Manchester", postal_code: "M1 1AE" })
        expect((await listOptions(far.id)).map((o) => o.type.code)).toEqual(["pickup"])
        const refused = await failing(addMethod(far.id, shop.shippingOptionIdsByBakery["crumb-and-co"].delivery))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toMatch(/^The delivery address is \d+\.\d km from Crumb & Co, which delivers within 12 km$/)

        // Near: E1 is placed offline and priced by the straight line x 1.3.
        const near = await cakeCart()
        await setAddress(near.id, LONDON_ADDRESS)
        await addMethod(near.id, optionOf(await listOptions(near.id), "delivery").id)
        const km = Math.round(distanceKm(CRUMB as any, placePostcodeOffline(LONDON_ADDRESS.postal_code, "gb")!) * ROAD_FACTOR * 10) / 10
        expect((await cartShipping(near.id)).shipping_total).toEqual(
          deliveryFeeAmount(CRUMB_FEE, { distance_km: km, item_subtotal: 32, currency_code: "gbp" })
        )
      })
    })

    describe("a new bakery", () => {
      it("gets its own location and options through POST /admin/bakeries, renamed with it and removed with it", async () => {
        const { data: { bakery } } = await api.post(
          "/admin/bakeries",
          {
            name: "Dough Bros",
            address_1: "1 Columbia Road",
            city: "London",
            postal_code: "E2 7RG",
            country_code: "gb",
            latitude: 51.5295,
            longitude: -0.0705,
            opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
            delivery_radius_km: 10,
            delivery_fees: [{ currency_code: "gbp", base: 3, per_km: 1 }],
          },
          admin
        )
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const locationOf = async () =>
          (
            await query.graph({
              entity: "bakery",
              fields: [
                "stock_location.name",
                "stock_location.address.address_1",
                "stock_location.sales_channels.id",
                "stock_location.fulfillment_sets.type",
                "stock_location.fulfillment_sets.service_zones.shipping_options.name",
                "stock_location.fulfillment_sets.service_zones.shipping_options.provider_id",
              ],
              filters: { id: bakery.id },
            })
          ).data[0]?.stock_location as any
        const location = await locationOf()
        expect(location.name).toEqual("Dough Bros")
        expect(location.address.address_1).toEqual("1 Columbia Road")
        expect(location.sales_channels.map((c: any) => c.id)).toEqual([shop.salesChannelId])
        const options = location.fulfillment_sets.flatMap((s: any) => s.service_zones.flatMap((z: any) => z.shipping_options))
        expect(location.fulfillment_sets.map((s: any) => s.type).sort()).toEqual(["pickup", "shipping"])
        expect(options.map((o: any) => [o.name, o.provider_id]).sort()).toEqual([
          ["Collect from Dough Bros", "sweetspot_sweetspot"],
          ["Delivery by Dough Bros", "sweetspot_sweetspot"],
        ])

        // Its cakes' carts are offered its options through Medusa's listing.
        const sponge = shop.productIdsByHandle["victoria-sponge"]
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, { remove: [sponge] }, admin)
        await api.post(`/admin/bakeries/${bakery.id}/cakes`, { add: [sponge] }, admin)
        const cart = await cakeCart("victoria-sponge")
        await setAddress(cart.id, addressAt(4000))
        const listed = await listOptions(cart.id)
        expect(listed.map((o) => o.name).sort()).toEqual(["Collect from Dough Bros", "Delivery by Dough Bros"])
        expect((await calculate(cart.id, optionOf(listed, "delivery").id)).data.shipping_option.amount).toEqual(7)

        await api.post(`/admin/bakeries/${bakery.id}`, { name: "Dough Brothers" }, admin)
        const renamed = await locationOf()
        expect(renamed.name).toEqual("Dough Brothers")
        expect(
          renamed.fulfillment_sets.flatMap((s: any) => s.service_zones.flatMap((z: any) => z.shipping_options.map((o: any) => o.name))).sort()
        ).toEqual(["Collect from Dough Brothers", "Delivery by Dough Brothers"])

        await api.delete(`/admin/bakeries/${bakery.id}`, admin)
        const { data: left } = await query.graph({ entity: "shipping_option", fields: ["id"], filters: { id: listed.map((o) => o.id) } })
        expect(left).toEqual([])
        expect(await listOptions(cart.id)).toEqual([])
      })
    })
  },
})
