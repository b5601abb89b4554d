import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { bookFirstSlot, checkout, createCart, firstAvailableSlot } from "../helpers/shopper"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let store: Record<string, string>
    let crumb: string

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
      store = shop.storeHeaders
      crumb = shop.bakeryIdsByHandle["crumb-and-co"]
    })

    const cartWithCake = async (handle = "lemon-drizzle", quantity = 1) => {
      const cart = await createCart(api, store, shop.regionId)
      const { data } = await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}`, { headers: store })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: data.cake.variants[0].id, quantity }, { headers: store })
      return cart
    }
    const slotsOn = async (date: string, query = "") =>
      (await api.get(`/store/bakeries/${crumb}/delivery-slots?date=${date}${query}`, { headers: store })).data.slots

    describe("GET /store/bakeries/:id/delivery-slots", () => {
      it("lists two-hour windows within the bakery's hours for a day", async () => {
        const slot = await firstAvailableSlot(api, store, crumb)
        const slots = await slotsOn(slot.starts_at.slice(0, 10))
        expect(slots.length).toBeGreaterThan(0)
        for (const s of slots) {
          expect(new Date(s.ends_at).getTime() - new Date(s.starts_at).getTime()).toEqual(2 * 3600 * 1000)
          expect(typeof s.available).toEqual("boolean")
        }
      })

      it("honours a cake's own longer lead time for the cart", async () => {
        const admin = { headers: await adminHeaders(api, getContainer()) }
        await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { lead_time_minutes: 5 * 24 * 60 }, admin)
        const cart = await cartWithCake()
        const soonest = await firstAvailableSlot(api, store, crumb)
        const forCart = await firstAvailableSlot(api, store, crumb, cart.id)
        expect(new Date(forCart.starts_at).getTime() - Date.now()).toBeGreaterThanOrEqual(5 * 24 * 3600 * 1000)
        expect(new Date(forCart.starts_at).getTime()).toBeGreaterThan(new Date(soonest.starts_at).getTime())
      })

      it.each([
        ["a malformed date", "?date=02-12-2026", "date"],
        ["an impossible date", "?date=2026-02-30", "date"],
        ["no date", "", "date"],
        ["a day in the past", "?date=2020-01-01", "past"],
      ])("refuses %s with a 400", async (_, query, expected) => {
        const response = await failing(api.get(`/store/bakeries/${crumb}/delivery-slots${query}`, { headers: store }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(expected)
      })

      it("answers 404 for an unknown bakery", async () => {
        const response = await failing(api.get("/store/bakeries/bkry_missing/delivery-slots?date=2030-01-01", { headers: store }))
        expect(response.status).toEqual(404)
      })
    })

    describe("POST /store/carts/:id/delivery-slot", () => {
      it("books an available window and can move it", async () => {
        const cart = await cartWithCake()
        const first = await bookFirstSlot(api, store, crumb, cart.id)
        const later = (await slotsOn(first.starts_at.slice(0, 10), `&cart_id=${cart.id}`)).filter((s: any) => s.available).pop()
        const { data } = await api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: later.starts_at }, { headers: store })
        expect(new Date(data.cart.delivery_slot.starts_at).toISOString()).toEqual(later.starts_at)
        expect(new Date(data.cart.delivery_slot.ends_at).toISOString()).toEqual(later.ends_at)
      })

      it.each([
        ["a start in the past", () => "2020-01-01T10:00:00Z", "too soon|not one of"],
        ["a time that is no window", () => "2030-01-02T10:17:00Z", "not one of"],
        ["a malformed date-time", () => "next tuesday", "starts_at"],
      ])("refuses %s with a 400 and books nothing", async (_, startsAt, expected) => {
        const cart = await cartWithCake()
        const response = await failing(api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: startsAt() }, { headers: store }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(new RegExp(expected))
        const { data } = await api.get(`/store/carts/${cart.id}`, { headers: store })
        expect(data.cart.delivery_slot).toBeFalsy()
      })

      it("refuses a window too soon for the bakery's lead time", async () => {
        const cart = await cartWithCake()
        const slot = await firstAvailableSlot(api, store, crumb)
        const tooSoon = (await slotsOn(slot.starts_at.slice(0, 10))).find((s: any) => !s.available)
        if (tooSoon) {
          const response = await failing(api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: tooSoon.starts_at }, { headers: store }))
          expect(response.status).toEqual(400)
        }
        // Whatever the hour, a window starting now is always inside the lead time.
        const admin = { headers: await adminHeaders(api, getContainer()) }
        await api.post(`/admin/bakeries/${crumb}`, { lead_time_minutes: 14 * 24 * 60 }, admin)
        const blocked = await failing(api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: slot.starts_at }, { headers: store }))
        expect(blocked.status).toEqual(400)
        expect(blocked.data.message).toContain("too soon")
      })

      it("refuses a cart without cakes", async () => {
        const cart = await createCart(api, store, shop.regionId)
        const slot = await firstAvailableSlot(api, store, crumb)
        const response = await failing(api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: slot.starts_at }, { headers: store }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("Add a cake")
      })
    })

    describe("checkout", () => {
      it("refuses a slot that went stale since it was chosen", async () => {
        const cart = await cartWithCake()
        await bookFirstSlot(api, store, crumb, cart.id)
        const admin = { headers: await adminHeaders(api, getContainer()) }
        await api.post(`/admin/bakeries/${crumb}`, { lead_time_minutes: 30 * 24 * 60 }, admin)
        const response = await failing(checkout(api, store, cart.id))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("no longer available")
      })

      it("lets exactly one of several shoppers racing for the last capacity win", async () => {
        const admin = { headers: await adminHeaders(api, getContainer()) }
        await api.post(`/admin/bakeries/${crumb}`, { daily_capacity: 2 }, admin)
        const racers = 4
        const carts: { id: string }[] = []
        for (let i = 0; i < racers; i++) {
          carts.push(await cartWithCake("lemon-drizzle", 2))
        }
        const slot = await firstAvailableSlot(api, store, crumb, carts[0].id)
        for (const cart of carts) {
          await api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: slot.starts_at }, { headers: store })
        }

        const results = await Promise.allSettled(carts.map((cart, i) => checkout(api, store, cart.id, `racer${i}@sweetspot.test`)))
        const won = results.filter((r) => r.status === "fulfilled")
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected")
        expect(won).toHaveLength(1)
        expect(lost).toHaveLength(racers - 1)
        for (const loss of lost) {
          expect(loss.reason.response?.status).toEqual(400)
          expect(loss.reason.response?.data.message).toContain("fully booked")
        }
        const day = await slotsOn(slot.starts_at.slice(0, 10))
        expect(day.every((s: any) => !s.available)).toBe(true)
      })
    })
  },
})
