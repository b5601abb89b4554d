import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CAKE_MODULE } from ".."
import { CakeCustomization } from "../models/cake-customization"
import { CakeProfile } from "../models/cake-profile"
import CakeModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CakeModuleService>({
  moduleName: CAKE_MODULE,
  moduleModels: [CakeProfile, CakeCustomization],
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

    describe("CakeModuleService: customisations name their cake and line", () => {
      const choice = (cart_id: string) => ({ egg_version: "egg" as const, cart_id, product_id: "prod_lemon" })

      it("names, then clears, the line that carries a customisation", async () => {
        const customization = await service.createCakeCustomizations(choice("cart_1"))
        expect(customization).toEqual(expect.objectContaining({ product_id: "prod_lemon", line_item_id: null }))
        await service.setCakeCustomizationLine(customization.id, "cali_1")
        expect((await service.retrieveCakeCustomization(customization.id)).line_item_id).toEqual("cali_1")
        await service.setCakeCustomizationLine(customization.id, null)
        expect((await service.retrieveCakeCustomization(customization.id)).line_item_id).toBeNull()
      })

      it("keeps one live customisation a line: a second one naming the same line is refused", async () => {
        const [first, second] = await service.createCakeCustomizations([choice("cart_2"), choice("cart_2")])
        await service.setCakeCustomizationLine(first.id, "cali_2")
        await expect(service.setCakeCustomizationLine(second.id, "cali_2")).rejects.toThrow()
        // A removed customisation does not count: its line may carry another.
        await service.softDeleteCakeCustomizations(first.id)
        await service.setCakeCustomizationLine(second.id, "cali_2")
        expect((await service.retrieveCakeCustomization(second.id)).line_item_id).toEqual("cali_2")
        // Nor is a removed one renamed.
        await service.setCakeCustomizationLine(first.id, "cali_3")
        expect((await service.retrieveCakeCustomization(first.id, { withDeleted: true })).line_item_id).toEqual("cali_2")
      })
    })
  },
})
