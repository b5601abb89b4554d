import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BAKERY_MODULE } from ".."
import { Bakery } from "../models/bakery"
import { BakeryClosure } from "../models/bakery-closure"
import { BakeryMember } from "../models/bakery-member"
import BakeryModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<BakeryModuleService>({
  moduleName: BAKERY_MODULE,
  moduleModels: [Bakery, BakeryClosure, BakeryMember],
  resolve: "./src/modules/bakery",
  testSuite: ({ service }) => {
    describe("BakeryModuleService", () => {
      it("creates a bakery with the documented defaults", async () => {
        const bakery = await service.createBakeries({ name: "Crumb & Co", handle: "crumb-and-co" })
        expect(bakery).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^bkry_/),
            timezone: "Europe/London",
            opening_hours: [],
            lead_time_minutes: 240,
            daily_capacity: null,
            window_capacity: null,
            order_cutoff: null,
            pickup_enabled: true,
            delivery_fees: [],
            is_active: true,
          })
        )
      })

      it("keeps opening hours and coordinates as given", async () => {
        const opening_hours = [{ weekday: 6, opens: "09:00", closes: "13:30" }]
        const created = await service.createBakeries({
          name: "Northern Whisk",
          handle: "northern-whisk",
          latitude: 53.4839,
          longitude: -2.2332,
          opening_hours,
        })
        const bakery = await service.retrieveBakery(created.id)
        expect(bakery.opening_hours).toEqual(opening_hours)
        expect(bakery.latitude).toBeCloseTo(53.4839, 4)
        expect(bakery.longitude).toBeCloseTo(-2.2332, 4)
      })

      it("refuses a second live bakery with the same handle", async () => {
        await service.createBakeries({ name: "A", handle: "same" })
        await expect(service.createBakeries({ name: "B", handle: "same" })).rejects.toThrow(/handle/)
      })

      it("frees a deleted bakery's handle and can restore the bakery", async () => {
        const first = await service.createBakeries({ name: "A", handle: "reused" })
        await service.softDeleteBakeries(first.id)
        const second = await service.createBakeries({ name: "B", handle: "reused" })
        expect(second.handle).toEqual("reused")
        expect(await service.listBakeries({ handle: "reused" })).toHaveLength(1)
      })

      it("searches name, description and city with q", async () => {
        await service.createBakeries([
          { name: "Crumb & Co", handle: "crumb", city: "London" },
          { name: "Northern Whisk", handle: "whisk", city: "Manchester", description: "Cakes baked the day before" },
        ])
        const byCity = await service.listBakeries({ q: "manch" })
        expect(byCity.map((b) => b.handle)).toEqual(["whisk"])
        const byDescription = await service.listBakeries({ q: "day before" })
        expect(byDescription.map((b) => b.handle)).toEqual(["whisk"])
      })

      it("finds the closures touching a range of days, and deletes them with their bakery", async () => {
        const bakery = await service.createBakeries({ name: "Crumb & Co", handle: "crumb" })
        const other = await service.createBakeries({ name: "Northern Whisk", handle: "whisk" })
        await service.createBakeryClosures([
          { bakery_id: bakery.id, from: "2026-12-24", to: "2026-12-26", reason: "Christmas" },
          { bakery_id: bakery.id, from: "2027-01-01", to: "2027-01-01", reason: null },
          { bakery_id: other.id, from: "2026-12-25", to: "2026-12-25", reason: "Christmas Day" },
        ])
        const touching = (from: string, to: string) =>
          service
            .listBakeryClosures({ bakery_id: bakery.id, from: { $lte: to }, to: { $gte: from } })
            .then((closures) => closures.map((c) => `${c.from}..${c.to}`).sort())
        expect(await touching("2026-12-26", "2026-12-31")).toEqual(["2026-12-24..2026-12-26"])
        expect(await touching("2026-12-01", "2027-01-31")).toEqual(["2026-12-24..2026-12-26", "2027-01-01..2027-01-01"])
        expect(await touching("2026-12-27", "2026-12-31")).toEqual([])

        await service.softDeleteBakeries(bakery.id)
        expect(await service.listBakeryClosures({ bakery_id: bakery.id })).toEqual([])
        expect(await service.listBakeryClosures({ bakery_id: other.id })).toHaveLength(1)
      })
    })
  },
})
