import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoData } from "../../src/scripts/seed/index"
import { DEMO_CAKES } from "../../src/scripts/seed/demo-data"

jest.setTimeout(120 * 1000)

const admin = { adminEmail: "admin@sweetspot.test", adminPassword: "not-a-real-password" }

async function countRows(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entities = [
    "product",
    "product_variant",
    "region",
    "sales_channel",
    "api_key",
    "stock_location",
    "fulfillment_set",
    "shipping_option",
    "tax_region",
    "user",
    "bakery",
    "cake_profile",
  ]
  const counts: Record<string, number> = {}
  for (const entity of entities) {
    const { data } = await query.graph({ entity, fields: ["id"] })
    counts[entity] = data.length
  }
  return counts
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("the demo seed", () => {
      it("adds nothing when run a second time", async () => {
        const container = getContainer()
        const first = await seedDemoData(container, admin)
        const afterFirst = await countRows(container)
        const second = await seedDemoData(container, admin)
        const afterSecond = await countRows(container)

        expect(afterSecond).toEqual(afterFirst)
        expect(second.publishableKey).toEqual(first.publishableKey)
        expect(afterFirst.product).toEqual(DEMO_CAKES.length)
        expect(afterFirst.user).toEqual(1)
        expect(afterFirst.bakery).toEqual(2)
        expect(afterFirst.cake_profile).toEqual(DEMO_CAKES.length)
      })

      it("lets the seeded admin log in", async () => {
        await seedDemoData(getContainer(), admin)
        const response = await api.post("/auth/user/emailpass", {
          email: admin.adminEmail,
          password: admin.adminPassword,
        })
        expect(response.status).toEqual(200)
        expect(response.data.token).toEqual(expect.any(String))
      })
    })

    describe("GET /store/products", () => {
      it("lists the seeded cakes with the seeded publishable key", async () => {
        const { publishableKey } = await seedDemoData(getContainer(), admin)
        const response = await api.get("/store/products?fields=handle,title&limit=50", {
          headers: { "x-publishable-api-key": publishableKey },
        })
        expect(response.status).toEqual(200)
        expect(response.data.count).toEqual(DEMO_CAKES.length)
        expect(response.data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
          DEMO_CAKES.map((cake) => cake.handle).sort()
        )
      })

      it("is refused without a publishable key", async () => {
        await seedDemoData(getContainer(), admin)
        const response = await api.get("/store/products").catch((e) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data).toEqual({
          type: "not_allowed",
          message: expect.stringContaining("Publishable API key required"),
        })
      })

      it("offers a UK cake cart its bakery's collection and delivery options", async () => {
        const { publishableKey, regionId, productIdsByHandle } = await seedDemoData(getContainer(), admin)
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: { cart } } = await api.post("/store/carts", { region_id: regionId }, { headers })
        const { data: { cake } } = await api.get(`/store/cakes/${productIdsByHandle["lemon-drizzle"]}`, { headers })
        await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: cake.variants[0].id }, { headers })
        await api.post(
          `/store/carts/${cart.id}`,
          { shipping_address: { country_code: "gb", city: "London", address_1: "1 High St", postal_code: "E1 6AN" } },
          { headers }
        )
        const response = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })
        expect(response.data.shipping_options.map((o: { name: string }) => o.name).sort()).toEqual([
          "Collect from Crumb & Co",
          "Delivery by Crumb & Co",
        ])
      })
    })
  },
})
