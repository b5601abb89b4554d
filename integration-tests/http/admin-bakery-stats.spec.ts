import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AdminBakeryStatsResponse } from "../../src/types/bakery/bakery-stats"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { bookFirstSlot, checkout, createCart, LONDON_ADDRESS } from "../helpers/shopper"
import { fulfilOrder } from "../helpers/dispatch"

jest.setTimeout(300 * 1000)

const DAY_MS = 24 * 60 * 60 * 1000
const MANCHESTER_ADDRESS = {
  ...LONDON_ADDRESS,
  address_1: "1 Tib Street",
  city: "Manchester",
  postal_code: "M4 1PW",
  metadata: { latitude: 53.4835, longitude: -2.2353 },
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let store: Record<string, string>
    let admin: { headers: Record<string, string> }
    let crumb: string
    let whisk: string

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
      store = shop.storeHeaders
      admin = { headers: await adminHeaders(api, getContainer()) }
      crumb = shop.bakeryIdsByHandle["crumb-and-co"]
      whisk = shop.bakeryIdsByHandle["northern-whisk"]
    })

    /** A guest checkout of 6" cakes (handle, quantity) from one bakery; answers the order as staff see it and its slot. */
    const placeOrder = async (bakeryId: string, lines: [string, number][], address: Record<string, unknown> = LONDON_ADDRESS) => {
      const cart = await createCart(api, store, shop.regionId)
      for (const [handle, quantity] of lines) {
        const { data } = await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}?region_id=${shop.regionId}`, { headers: store })
        const variant = data.cake.variants.find((v: any) => v.title.startsWith('6"'))
        await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: variant.id, quantity }, { headers: store })
      }
      const slot = await bookFirstSlot(api, store, bakeryId, cart.id)
      const placed = await checkout(api, store, cart.id, "stats@sweetspot.test", address)
      const { data } = await api.get(`/admin/orders/${placed.id}?fields=id,created_at,total,shipping_total,currency_code`, admin)
      return { order: data.order as { id: string; created_at: string; total: number; shipping_total: number; currency_code: string }, slot }
    }

    /** Staff fulfil, ship and mark the whole order delivered; answers the fulfillment's id. */
    const deliver = async (orderId: string) => {
      const fulfilled = await fulfilOrder(api, orderId, admin)
      await fulfilled.ship()
      await fulfilled.deliver()
      return fulfilled.fulfillmentId
    }

    const statsOf = async (bakeryId: string, query = "") => {
      const { data } = await api.get(`/admin/bakeries/${bakeryId}/stats${query}`, admin)
      return (data as AdminBakeryStatsResponse).stats
    }

    describe("GET /admin/bakeries/:id/stats", () => {
      it("sums up a bakery's orders in the window: revenue, cakes, top cakes and on-time deliveries", async () => {
        const before = await placeOrder(crumb, [["victoria-sponge", 6]])
        const truffle = await placeOrder(crumb, [["chocolate-truffle-cake", 2]])
        const lemon = await placeOrder(crumb, [
          ["lemon-drizzle", 3],
          ["victoria-sponge", 2],
        ])
        const canceled = await placeOrder(crumb, [["red-velvet-celebration", 4]])
        const otherBakery = await placeOrder(whisk, [["salted-caramel-drip", 5]], MANCHESTER_ADDRESS)
        const after = await placeOrder(crumb, [["red-velvet-celebration", 1]])

        await api.post(`/admin/orders/${canceled.order.id}/cancel`, {}, admin)
        // Delivered now, ahead of a slot that is still to come: on time.
        await deliver(truffle.order.id)
        // Delivered an hour after its slot ended: late. Only the timestamp is moved, through Medusa's own module.
        const lateFulfillment = await deliver(lemon.order.id)
        await getContainer()
          .resolve(Modules.FULFILLMENT)
          .updateFulfillment(lateFulfillment, { delivered_at: new Date(new Date(lemon.slot.ends_at).getTime() + 60 * 60 * 1000) })

        // 6" prices: truffle 32, lemon 24, sponge 22; delivery priced by distance, free from £80 of cakes.
        expect(truffle.order.shipping_total).toBeGreaterThan(0)
        expect(truffle.order.total).toEqual(2 * 32 + truffle.order.shipping_total)
        expect(lemon.order.shipping_total).toEqual(0)
        expect(lemon.order.total).toEqual(3 * 24 + 2 * 22)

        const window = `?from=${encodeURIComponent(truffle.order.created_at)}&to=${encodeURIComponent(after.order.created_at)}`
        const stats = await statsOf(crumb, window)
        expect(stats).toEqual({
          bakery_id: crumb,
          from: new Date(truffle.order.created_at).toISOString(),
          to: new Date(after.order.created_at).toISOString(),
          orders: 2,
          revenue: [{ currency_code: "gbp", amount: expect.closeTo(truffle.order.total + lemon.order.total, 2) }],
          cakes_sold: 7,
          top_cakes: [
            { product_id: shop.productIdsByHandle["lemon-drizzle"], title: "Lemon Drizzle", quantity: 3 },
            { product_id: shop.productIdsByHandle["chocolate-truffle-cake"], title: "Chocolate Truffle Cake", quantity: 2 },
            { product_id: shop.productIdsByHandle["victoria-sponge"], title: "Classic Victoria Sponge", quantity: 2 },
          ],
          delivered: 2,
          delivered_on_time: 1,
          on_time_share: 0.5,
        })

        // The orders on either side of the window count once it covers them; the canceled one never does.
        const widened = await statsOf(crumb, `?from=${encodeURIComponent(before.order.created_at)}`)
        expect(widened).toEqual(
          expect.objectContaining({
            orders: 4,
            revenue: [
              {
                currency_code: "gbp",
                amount: expect.closeTo(truffle.order.total + lemon.order.total + before.order.total + after.order.total, 2),
              },
            ],
            cakes_sold: 7 + 6 + 1,
            delivered: 2,
            delivered_on_time: 1,
          })
        )
        expect(widened.top_cakes.map((c) => [c.title, c.quantity])).toEqual([
          ["Classic Victoria Sponge", 8],
          ["Lemon Drizzle", 3],
          ["Chocolate Truffle Cake", 2],
          ["Red Velvet Celebration", 1],
        ])

        // The other bakery sees only its own order.
        expect(await statsOf(whisk, window)).toEqual(
          expect.objectContaining({
            orders: 1,
            revenue: [{ currency_code: "gbp", amount: otherBakery.order.total }],
            cakes_sold: 5,
            top_cakes: [{ product_id: shop.productIdsByHandle["salted-caramel-drip"], title: "Salted Caramel Drip", quantity: 5 }],
            delivered: 0,
            delivered_on_time: 0,
            on_time_share: null,
          })
        )
      })

      it("defaults to the 30 days up to now", async () => {
        const { order } = await placeOrder(crumb, [["lemon-drizzle", 1]])
        const stats = await statsOf(crumb)
        expect(new Date(stats.to).getTime() - new Date(stats.from).getTime()).toEqual(30 * DAY_MS)
        expect(stats).toEqual(
          expect.objectContaining({ orders: 1, revenue: [{ currency_code: "gbp", amount: order.total }], cakes_sold: 1, on_time_share: null })
        )
      })

      it("reads a date-only to as the end of that day and leaves out orders outside the window", async () => {
        await placeOrder(crumb, [["lemon-drizzle", 1]])
        expect(await statsOf(crumb, "?from=2020-01-01&to=2020-01-31")).toEqual({
          bakery_id: crumb,
          from: "2020-01-01T00:00:00.000Z",
          to: "2020-02-01T00:00:00.000Z",
          orders: 0,
          revenue: [],
          cakes_sold: 0,
          top_cakes: [],
          delivered: 0,
          delivered_on_time: 0,
          on_time_share: null,
        })
      })

      it("answers 404 for an unknown bakery", async () => {
        const response = await failing(api.get("/admin/bakeries/bkry_missing/stats", admin))
        expect(response.status).toEqual(404)
        expect(response.data).toEqual({ type: "not_found", message: "Bakery bkry_missing was not found" })
      })

      it.each([
        ["a malformed from", "?from=yesterday", "from must be a date (YYYY-MM-DD) or an ISO date-time"],
        ["an impossible date", "?to=2026-02-30", "to must be a date (YYYY-MM-DD) or an ISO date-time"],
        ["a date-time without an offset", "?from=2026-01-01T10:00:00", "from must be a date"],
        ["from after to", "?from=2026-03-01&to=2026-02-01", "must be before to"],
        ["from equal to to", "?from=2026-03-01T00:00:00Z&to=2026-03-01T00:00:00Z", "must be before to"],
        ["a window over 366 days", "?from=2024-01-01&to=2025-01-01", "longer than 366 days"],
        ["an unknown parameter", "?from=2026-01-01&bakery=crumb", "Unrecognized fields: 'bakery'"],
      ])("refuses %s with a 400", async (_, query, message) => {
        const response = await failing(api.get(`/admin/bakeries/${crumb}/stats${query}`, admin))
        expect(response.status).toEqual(400)
        expect(response.data).toEqual({ type: "invalid_data", message: expect.stringContaining(message) })
      })

      it("takes a window of exactly 366 days", async () => {
        const stats = await statsOf(crumb, "?from=2024-01-01&to=2024-12-31")
        expect([stats.from, stats.to]).toEqual(["2024-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"])
      })

      it("requires a logged-in admin", async () => {
        const response = await failing(api.get(`/admin/bakeries/${crumb}/stats`))
        expect(response.status).toEqual(401)
      })
    })
  },
})
