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
    "product_image",
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
        expect(afterFirst.product_image).toEqual(DEMO_CAKES.length)
      })

      it("gives each demo cake a picture the file provider serves, once", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const cakes = async () =>
          (await query.graph({ entity: "product", fields: ["handle", "thumbnail", "images.url"], filters: { handle: DEMO_CAKES.map((c) => c.handle) } })).data
        await seedDemoData(container, admin)
        const first = await cakes()
        expect(first).toHaveLength(DEMO_CAKES.length)
        for (const cake of first) {
          expect({ handle: cake.handle, images: cake.images?.map((image) => image?.url) }).toEqual({ handle: cake.handle, images: [cake.thumbnail] })
          // The local file provider's URL names this server's /static folder (on the port Medusa's default assumes).
          const url = new URL(cake.thumbnail!)
          expect(url.pathname).toMatch(new RegExp(`^/static/.*${cake.handle}\\.png$`))
          const picture = await api.get(url.pathname, { responseType: "arraybuffer" })
          const bytes = Buffer.from(picture.data)
          expect({ handle: cake.handle, type: picture.headers["content-type"], png: bytes.subarray(0, 8).toString("hex") }).toEqual({
            handle: cake.handle,
            type: "image/png",
            png: "89504e470d0a1a0a",
          })
          expect(bytes.length).toBeGreaterThan(5 * 1024)
          expect(bytes.length).toBeLessThan(100 * 1024)
        }

        await seedDemoData(container, admin)
        expect(await cakes()).toEqual(first)
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
