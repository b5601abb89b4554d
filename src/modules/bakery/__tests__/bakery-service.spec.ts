import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BAKERY_MODULE } from ".."
import { Bakery } from "../models/bakery"
import BakeryModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<BakeryModuleService>({
  moduleName: BAKERY_MODULE,
  moduleModels: [Bakery],
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
    })
  },
})
