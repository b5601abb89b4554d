import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CAKE_MODULE } from ".."
import { CakeProfile } from "../models/cake-profile"
import CakeModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CakeModuleService>({
  moduleName: CAKE_MODULE,
  moduleModels: [CakeProfile],
  resolve: "./src/modules/cake",
  testSuite: ({ service }) => {
    describe("CakeModuleService: cake profiles", () => {
      it("creates a profile with the documented defaults", async () => {
        const profile = await service.createCakeProfiles({ flavour: "lemon" })
        expect(profile).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cprof_/),
            flavour: "lemon",
            egg_options: ["egg"],
            shapes: [],
            toppings: [],
            max_message_length: 40,
            is_available: true,
          })
        )
      })

      it("stores shapes and toppings with their prices", async () => {
        const created = await service.createCakeProfiles({
          flavour: "chocolate",
          egg_options: ["egg", "eggless"],
          shapes: [{ name: "Heart", surcharge: 8 }],
          toppings: [{ name: "Gold leaf", price: 9.5 }],
        })
        const updated = await service.updateCakeProfiles({
          id: created.id,
          toppings: [{ name: "Gold leaf", price: 9.5 }, { name: "Berries", price: 6 }],
        })
        const profile = await service.retrieveCakeProfile(updated.id)
        expect(profile.shapes).toEqual([{ name: "Heart", surcharge: 8 }])
        expect(profile.toppings).toEqual([
          { name: "Gold leaf", price: 9.5 },
          { name: "Berries", price: 6 },
        ])
        expect(profile.egg_options).toEqual(["egg", "eggless"])
      })

      it("filters by flavour and availability", async () => {
        await service.createCakeProfiles([
          { flavour: "lemon", is_available: true },
          { flavour: "lemon", is_available: false },
          { flavour: "carrot" },
        ])
        expect(await service.listCakeProfiles({ flavour: "lemon", is_available: true })).toHaveLength(1)
        expect(await service.listCakeProfiles({ is_available: false })).toHaveLength(1)
      })
    })
  },
})
