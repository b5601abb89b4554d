import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"

jest.setTimeout(120 * 1000)

const names = (bakeries: { name: string }[]) => bakeries.map((b) => b.name)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let admin: Record<string, string>

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
      admin = await adminHeaders(api, getContainer())
    })

    const list = async (query = "") => (await api.get(`/store/bakeries${query}`, { headers: shop.storeHeaders })).data

    describe("GET /store/bakeries", () => {
      it("lists active bakeries with their shop-front details", async () => {
        const body = await list()
        expect(names(body.bakeries)).toEqual(["Crumb & Co", "Northern Whisk"])
        expect(body).toEqual(expect.objectContaining({ count: 2, limit: 20, offset: 0 }))
        const crumb = body.bakeries[0]
        expect(crumb).toEqual(
          expect.objectContaining({
            handle: "crumb-and-co",
            city: "London",
            timezone: "Europe/London",
            lead_time_minutes: 240,
            latitude: expect.any(Number),
          })
        )
        expect(crumb.opening_hours).toContainEqual({ weekday: 7, opens: "10:00", closes: "16:00" })
        // Internals stay with staff.
        expect(crumb).not.toHaveProperty("metadata")
        expect(crumb).not.toHaveProperty("daily_capacity")
      })

      it("filters by city, whatever its case", async () => {
        expect(names((await list("?city=manchester")).bakeries)).toEqual(["Northern Whisk"])
        expect((await list("?city=Leeds")).count).toEqual(0)
      })

      it("searches name and description with q", async () => {
        expect(names((await list("?q=crumb")).bakeries)).toEqual(["Crumb & Co"])
        expect(names((await list("?q=Northern Quarter")).bakeries)).toEqual(["Northern Whisk"])
      })

      it("pages and counts", async () => {
        const page = await list("?limit=1&offset=1")
        expect(page.count).toEqual(2)
        expect(names(page.bakeries)).toEqual(["Northern Whisk"])
        expect(page.offset).toEqual(1)
      })

      it("hides an inactive bakery", async () => {
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}`, { is_active: false }, { headers: admin })
        const body = await list()
        expect(names(body.bakeries)).toEqual(["Northern Whisk"])
        expect(body.count).toEqual(1)
      })

      it("refuses a limit over 100 and unknown filters", async () => {
        expect((await failing(api.get("/store/bakeries?limit=500", { headers: shop.storeHeaders }))).status).toEqual(400)
        const unknown = await failing(api.get("/store/bakeries?is_active=false", { headers: shop.storeHeaders }))
        expect(unknown.status).toEqual(400)
        expect(unknown.data.message).toContain("is_active")
      })
    })

    describe("GET /store/bakeries/:id", () => {
      it("answers an active bakery", async () => {
        const id = shop.bakeryIdsByHandle["northern-whisk"]
        const { data } = await api.get(`/store/bakeries/${id}`, { headers: shop.storeHeaders })
        expect(data.bakery).toEqual(expect.objectContaining({ id, name: "Northern Whisk", lead_time_minutes: 1440 }))
      })

      it("answers 404 for an inactive bakery", async () => {
        const id = shop.bakeryIdsByHandle["northern-whisk"]
        await api.post(`/admin/bakeries/${id}`, { is_active: false }, { headers: admin })
        const response = await failing(api.get(`/store/bakeries/${id}`, { headers: shop.storeHeaders }))
        expect(response.status).toEqual(404)
        expect(response.data.message).toEqual(`Bakery ${id} was not found`)
      })

      it("answers 404 naming an unknown id", async () => {
        const response = await failing(api.get("/store/bakeries/bkry_unknown", { headers: shop.storeHeaders }))
        expect(response.status).toEqual(404)
        expect(response.data).toEqual({ type: "not_found", message: "Bakery bkry_unknown was not found" })
      })
    })
  },
})
