import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DELIVERY_MODULE } from "../../src/modules/delivery"
import DeliveryModuleService from "../../src/modules/delivery/service"
import { addDays, isoWeekday } from "../../src/utils/zoned-time"
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

    describe("the bakery's calendar: closures, cut-off, window capacity, the month view", () => {
      const today = () => new Date().toISOString().slice(0, 10)
      const everyDayBut = (weekday: number) =>
        [1, 2, 3, 4, 5, 6, 7].filter((w) => w !== weekday).map((w) => ({ weekday: w, opens: "00:00", closes: "23:59" }))
      let admin: { headers: Record<string, string> }

      beforeEach(async () => {
        admin = { headers: await adminHeaders(api, getContainer()) }
      })

      /** A bakery on UTC, open round the clock but one weekday: windows start at 00:00, 02:00 ... 20:00. */
      const roundTheClock = async (fields: Record<string, unknown> = {}) => {
        const closedWeekday = isoWeekday(addDays(today(), 6))
        const { data } = await api.post(
          "/admin/bakeries",
          { name: `Round the Clock ${Math.random()}`, timezone: "UTC", opening_hours: everyDayBut(closedWeekday), lead_time_minutes: 240, ...fields },
          admin
        )
        return data.bakery.id as string
      }
      /** Cakes booked by placed orders, as checkout books them. */
      const book = async (bakeryId: string, date: string, clock: string, cakes: number) => {
        const startsAt = new Date(`${date}T${clock}:00.000Z`)
        const delivery: DeliveryModuleService = getContainer().resolve(DELIVERY_MODULE)
        await delivery.createDeliverySlots({
          bakery_id: bakeryId,
          date,
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 2 * 3600 * 1000),
          cake_quantity: cakes,
          booked_at: new Date(),
        })
      }
      const windowsOf = async (bakeryId: string, date: string, query = "") =>
        (await api.get(`/store/bakeries/${bakeryId}/delivery-slots?date=${date}${query}`, { headers: store })).data.slots as any[]
      const calendarOf = async (bakeryId: string, from: string, to: string, query = "") =>
        (await api.get(`/store/bakeries/${bakeryId}/calendar?from=${from}&to=${to}${query}`, { headers: store })).data.days as any[]
      const reasons = (windows: any[]) => windows.map((w) => w.unavailable_reason)

      it("gives every unavailable window one reason: past, lead_time, cutoff, closed, full", async () => {
        const bakeryId = await roundTheClock({ order_cutoff: "00:00", daily_capacity: 2, window_capacity: 1 })
        const day = (n: number) => addDays(today(), n)
        const { data: closure } = await api.post(`/admin/bakeries/${bakeryId}/closures`, { from: day(3), reason: "Stocktake" }, admin)
        expect(closure.closure).toEqual(expect.objectContaining({ bakery_id: bakeryId, from: day(3), to: day(3), reason: "Stocktake" }))
        expect(closure.affected_orders).toEqual([])
        await book(bakeryId, day(4), "00:00", 1)
        await book(bakeryId, day(4), "10:00", 1)
        await book(bakeryId, day(5), "04:00", 1)

        const todays = await windowsOf(bakeryId, day(0))
        const tomorrows = await windowsOf(bakeryId, day(1))
        expect(todays[0]).toEqual(expect.objectContaining({ available: false, unavailable_reason: "past" }))
        expect([...reasons(todays), ...reasons(tomorrows)]).toContain("lead_time")
        // The cut-off (00:00, always past) closes tomorrow, not the day after.
        expect(tomorrows[tomorrows.length - 1]).toEqual(expect.objectContaining({ available: false, unavailable_reason: "cutoff" }))
        expect((await windowsOf(bakeryId, day(2))).every((w) => w.available)).toBe(true)
        const closed = await windowsOf(bakeryId, day(3))
        expect(closed.length).toBeGreaterThan(0)
        for (const w of closed) {
          expect(w).toEqual(expect.objectContaining({ available: false, unavailable_reason: "closed", closure_reason: "Stocktake" }))
        }
        expect(reasons(await windowsOf(bakeryId, day(4)))).toEqual(Array(11).fill("full"))
        const fifth = await windowsOf(bakeryId, day(5))
        expect(fifth.filter((w) => !w.available).map((w) => [w.starts_at, w.unavailable_reason])).toEqual([[`${day(5)}T04:00:00.000Z`, "full"]])
        expect(await windowsOf(bakeryId, day(6))).toEqual([])

        const days = await calendarOf(bakeryId, day(0), day(6))
        expect(days.slice(2)).toEqual([
          { date: day(2), available_windows: 11 },
          { date: day(3), available_windows: 0, reason: "closed", closure_reason: "Stocktake" },
          { date: day(4), available_windows: 0, reason: "full" },
          { date: day(5), available_windows: 10 },
          { date: day(6), available_windows: 0, reason: "closed" },
        ])
        expect(days[1]).toEqual({ date: day(1), available_windows: 0, reason: "cutoff" })
      })

      it("answers a month in one call, the same as the day listings it sums up", async () => {
        const bakeryId = await roundTheClock({ order_cutoff: "00:00", daily_capacity: 3, window_capacity: 2 })
        const from = today()
        const to = addDays(from, 30)
        await api.post(`/admin/bakeries/${bakeryId}/closures`, { from: addDays(from, 9), to: addDays(from, 12), reason: "Holiday" }, admin)
        await book(bakeryId, addDays(from, 14), "08:00", 3)
        await book(bakeryId, addDays(from, 15), "08:00", 2)
        const days = await calendarOf(bakeryId, from, to)
        expect(days.map((d) => d.date)).toEqual(Array.from({ length: 31 }, (_, i) => addDays(from, i)))
        for (const day of days) {
          const windows = await windowsOf(bakeryId, day.date)
          const available = windows.filter((w) => w.available).length
          expect([day.date, day.available_windows]).toEqual([day.date, available])
          expect([day.date, day.reason]).toEqual([day.date, available ? undefined : windows.length ? windows[windows.length - 1].unavailable_reason : "closed"])
        }
      })

      it("reads the days the clocks change in the bakery's own time", async () => {
        // 28 March 2027 (clocks forward) and 31 October 2027 (clocks back) in London.
        for (const [from, to] of [["2027-03-26", "2027-03-29"], ["2027-10-29", "2027-11-01"]]) {
          const days = await calendarOf(crumb, from, to)
          for (const day of days) {
            const windows = await slotsOn(day.date)
            expect(day.available_windows).toEqual(windows.filter((w: any) => w.available).length)
            for (const w of windows) {
              expect(new Date(w.ends_at).getTime() - new Date(w.starts_at).getTime()).toEqual(2 * 3600 * 1000)
            }
          }
        }
        // Sunday 28 March 2027 opens at 10:00 BST, 09:00 UTC.
        expect((await slotsOn("2027-03-28"))[0].starts_at).toEqual("2027-03-28T09:00:00.000Z")
        expect((await slotsOn("2027-10-31"))[0].starts_at).toEqual("2027-10-31T10:00:00.000Z")
      })

      it("counts a cart's cakes and lead time in the month as in the day listing", async () => {
        await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { lead_time_minutes: 3 * 24 * 60 }, admin)
        await api.post(`/admin/bakeries/${crumb}`, { window_capacity: 2 }, admin)
        const cart = await cartWithCake("lemon-drizzle", 2)
        const from = today()
        const days = await calendarOf(crumb, from, addDays(from, 6), `&cart_id=${cart.id}`)
        for (const day of days) {
          const windows = await slotsOn(day.date, `&cart_id=${cart.id}`)
          expect([day.date, day.available_windows]).toEqual([day.date, windows.filter((w: any) => w.available).length])
        }
        expect(days.slice(0, 3).every((d) => d.available_windows === 0)).toBe(true)
        expect(days[6].available_windows).toBeGreaterThan(0)
      })

      it.each([
        ["more than 62 days", (t: string) => `from=${t}&to=${addDays(t, 62)}`, "more than 62 days"],
        ["to before from", (t: string) => `from=${addDays(t, 2)}&to=${t}`, "must not be before"],
        ["a first day in the past", (t: string) => `from=${addDays(t, -1)}&to=${t}`, "in the past"],
        ["an unknown fulfillment", (t: string) => `from=${t}&to=${t}&fulfillment=drone`, "fulfillment"],
        ["an impossible date", () => "from=2027-02-30&to=2027-03-01", "from"],
      ])("refuses a month view with %s (400)", async (_, query, message) => {
        const response = await failing(api.get(`/store/bakeries/${crumb}/calendar?${query(today())}`, { headers: store }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(message)
      })

      it("refuses collection from a bakery that does not offer it, and an unknown bakery", async () => {
        await api.post(`/admin/bakeries/${crumb}`, { pickup_enabled: false }, admin)
        const t = addDays(today(), 1)
        for (const url of [`delivery-slots?date=${t}`, `calendar?from=${t}&to=${t}`]) {
          const refused = await failing(api.get(`/store/bakeries/${crumb}/${url}&fulfillment=pickup`, { headers: store }))
          expect([refused.status, refused.data.message]).toEqual([400, "fulfillment: Crumb & Co does not offer collection; choose delivery"])
          expect((await api.get(`/store/bakeries/${crumb}/${url}&fulfillment=delivery`, { headers: store })).status).toEqual(200)
          const unknown = await failing(api.get(`/store/bakeries/bkry_unknown/${url}`, { headers: store }))
          expect(unknown.status).toEqual(404)
        }
      })

      it("lets staff close days, see the orders booked on them, and reopen them", async () => {
        const cart = await cartWithCake()
        const slot = await bookFirstSlot(api, store, crumb, cart.id)
        const order = await checkout(api, store, cart.id)
        const date = slot.starts_at.slice(0, 10)

        const { data: created } = await api.post(`/admin/bakeries/${crumb}/closures`, { from: date, to: addDays(date, 1), reason: "Oven repair" }, admin)
        expect(created.affected_orders).toEqual([
          { id: order.id, display_id: order.display_id, slot: { starts_at: slot.starts_at, ends_at: slot.ends_at } },
        ])
        // Nothing is cancelled by itself.
        const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=status`, admin)
        expect(placed.order.status).toEqual("pending")
        const { data: listed } = await api.get(`/admin/bakeries/${crumb}/closures`, admin)
        expect(listed.closures).toEqual([expect.objectContaining({ id: created.closure.id, reason: "Oven repair", affected_orders: created.affected_orders })])
        expect((await slotsOn(date)).every((w: any) => w.unavailable_reason === "closed" || w.unavailable_reason === "past")).toBe(true)

        const other = (await api.post("/admin/bakeries", { name: "Other Bakery" }, admin)).data.bakery.id
        const elsewhere = await failing(api.delete(`/admin/bakeries/${other}/closures/${created.closure.id}`, admin))
        expect(elsewhere.status).toEqual(404)
        const { data: deleted } = await api.delete(`/admin/bakeries/${crumb}/closures/${created.closure.id}`, admin)
        expect(deleted).toEqual({ id: created.closure.id, object: "bakery_closure", deleted: true })
        expect((await api.get(`/admin/bakeries/${crumb}/closures`, admin)).data.closures).toEqual([])
        expect((await failing(api.delete(`/admin/bakeries/${crumb}/closures/${created.closure.id}`, admin))).status).toEqual(404)
        expect((await slotsOn(addDays(date, 1))).some((w: any) => w.available)).toBe(true)
      })

      it.each([
        ["to before from", { from: "2099-01-02", to: "2099-01-01" }, "must not be before"],
        ["a longer range than a year", { from: "2099-01-01", to: "2100-01-02" }, "at most 366 days"],
        ["a malformed day", { from: "01/01/2099" }, "from must be a calendar date"],
        ["no from", { reason: "Holiday" }, "from"],
        ["an unknown field", { from: "2099-01-01", cancel_orders: true }, "cancel_orders"],
      ])("refuses a closure with %s (400)", async (_, body, message) => {
        const response = await failing(api.post(`/admin/bakeries/${crumb}/closures`, body, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(message)
        expect((await api.get(`/admin/bakeries/${crumb}/closures`, admin)).data.closures).toEqual([])
      })

      it("answers 404 for the closures of an unknown bakery", async () => {
        expect((await failing(api.post("/admin/bakeries/bkry_unknown/closures", { from: "2099-01-01" }, admin))).status).toEqual(404)
        expect((await failing(api.get("/admin/bakeries/bkry_unknown/closures", admin))).status).toEqual(404)
      })

      it("refuses to choose, and to check out, a slot on a closed day, past the cut-off, or in a full window", async () => {
        const cart = await cartWithCake()
        const slot = await bookFirstSlot(api, store, crumb, cart.id)
        const date = slot.starts_at.slice(0, 10)
        const complete = async () => {
          const response = await failing(checkout(api, store, cart.id))
          expect(response.status).toEqual(400)
          return response.data.message as string
        }

        const { data: closed } = await api.post(`/admin/bakeries/${crumb}/closures`, { from: date, reason: "Staff training" }, admin)
        expect(await complete()).toContain(`Crumb & Co is closed on ${date} (Staff training)`)
        const choose = await failing(api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: slot.starts_at }, { headers: store }))
        expect([choose.status, choose.data.message]).toEqual([400, `Crumb & Co is closed on ${date} (Staff training); choose another day`])
        await api.delete(`/admin/bakeries/${crumb}/closures/${closed.closure.id}`, admin)

        // A cut-off at midnight has always passed: if the slot is tomorrow's, it is too late for it now.
        if (date === addDays(today(), 1)) {
          await api.post(`/admin/bakeries/${crumb}`, { order_cutoff: "00:00" }, admin)
          expect(await complete()).toContain(`Orders for ${date} closed at 00:00`)
          await api.post(`/admin/bakeries/${crumb}`, { order_cutoff: null }, admin)
        }

        // Another shopper takes the window's only place first.
        await api.post(`/admin/bakeries/${crumb}`, { window_capacity: 1 }, admin)
        const rival = await cartWithCake()
        await api.post(`/store/carts/${rival.id}/delivery-slot`, { starts_at: slot.starts_at }, { headers: store })
        await checkout(api, store, rival.id, "rival@sweetspot.test")
        expect(await complete()).toContain("fully booked")
        const window = (await slotsOn(date)).find((w: any) => w.starts_at === slot.starts_at)
        expect(window).toEqual(expect.objectContaining({ available: false, unavailable_reason: "full" }))
      })
    })
  },
})
