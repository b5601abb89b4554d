import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_CAKES } from "../../src/scripts/seed/demo-data"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"

jest.setTimeout(120 * 1000)

const handles = (cakes: { handle: string }[]) => cakes.map((c) => c.handle).sort()
const demoHandles = (predicate: (cake: (typeof DEMO_CAKES)[number]) => boolean) =>
  DEMO_CAKES.filter(predicate).map((c) => c.handle).sort()

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

    const listCakes = async (query = "") =>
      (await api.get(`/store/cakes${query}`, { headers: shop.storeHeaders })).data

    describe("GET /store/cakes", () => {
      it("lists every available cake with its bakery, profile and region prices", async () => {
        const body = await listCakes(`?region_id=${shop.regionId}&limit=50`)

        expect(body.count).toEqual(DEMO_CAKES.length)
        expect(handles(body.cakes)).toEqual(demoHandles(() => true))
        const truffle = body.cakes.find((c: any) => c.handle === "chocolate-truffle-cake")
        expect(truffle.bakery).toEqual(expect.objectContaining({ handle: "crumb-and-co", name: "Crumb & Co" }))
        expect(truffle.cake_profile).toEqual(
          expect.objectContaining({ flavour: "chocolate", egg_options: ["egg", "eggless"], is_available: true })
        )
        const prices = truffle.variants.map((v: any) => v.calculated_price.calculated_amount).sort((a: number, b: number) => a - b)
        expect(prices).toEqual([32, 44, 58])
        expect(truffle.variants[0].calculated_price.currency_code).toEqual("gbp")
      })

      it("narrows to one bakery's cakes", async () => {
        const body = await listCakes(`?bakery_id=${shop.bakeryIdsByHandle["northern-whisk"]}`)
        expect(handles(body.cakes)).toEqual(demoHandles((c) => c.bakery === "northern-whisk"))
        expect(body.count).toEqual(3)
      })

      it("narrows by flavour, whatever its case", async () => {
        const body = await listCakes("?flavour=Chocolate")
        expect(handles(body.cakes)).toEqual(["black-forest-gateau", "chocolate-truffle-cake"])
      })

      it("narrows to cakes offered eggless", async () => {
        const body = await listCakes("?egg_option=eggless")
        expect(handles(body.cakes)).toEqual(demoHandles((c) => c.profile.egg_options!.includes("eggless")))
        expect(body.count).toBeLessThan(DEMO_CAKES.length)
      })

      it("narrows by a size only some cakes come in", async () => {
        const { data: { product } } = await api.post(
          "/admin/products",
          {
            title: "Wedding Tier",
            handle: "wedding-tier",
            status: "published",
            sales_channels: [{ id: shop.salesChannelId }],
            options: [{ title: "Size", values: ['12" (serves 40)'] }],
            variants: [
              { title: "12in", options: { Size: '12" (serves 40)' }, manage_inventory: false, prices: [{ currency_code: "gbp", amount: 120 }] },
            ],
          },
          { headers: admin }
        )
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, { add: [product.id] }, { headers: admin })
        await api.post(`/admin/products/${product.id}/cake-profile`, { flavour: "vanilla" }, { headers: admin })

        const big = await listCakes(`?size=${encodeURIComponent('12" (serves 40)')}`)
        expect(handles(big.cakes)).toEqual(["wedding-tier"])
        const small = await listCakes(`?size=${encodeURIComponent('6" (serves 8)')}`)
        expect(handles(small.cakes)).toEqual(demoHandles(() => true))
      })

      it("searches titles with q", async () => {
        const body = await listCakes("?q=lemon")
        expect(handles(body.cakes)).toEqual(["lemon-drizzle"])
      })

      it("pages with limit and offset and counts all matches", async () => {
        const first = await listCakes("?limit=3&offset=0")
        const second = await listCakes("?limit=3&offset=3")
        const third = await listCakes("?limit=3&offset=6")
        expect([first.count, second.count, third.count]).toEqual([7, 7, 7])
        expect([first.cakes.length, second.cakes.length, third.cakes.length]).toEqual([3, 3, 1])
        expect(first.limit).toEqual(3)
        expect(second.offset).toEqual(3)
        expect(handles([...first.cakes, ...second.cakes, ...third.cakes])).toEqual(demoHandles(() => true))
      })

      it("hides unpublished cakes", async () => {
        const id = shop.productIdsByHandle["lemon-drizzle"]
        await api.post(`/admin/products/${id}`, { status: "draft" }, { headers: admin })
        const body = await listCakes()
        expect(handles(body.cakes)).not.toContain("lemon-drizzle")
        expect(body.count).toEqual(DEMO_CAKES.length - 1)
        const detail = await failing(api.get(`/store/cakes/${id}`, { headers: shop.storeHeaders }))
        expect(detail.status).toEqual(404)
      })

      it("hides unavailable cakes unless asked for them", async () => {
        const id = shop.productIdsByHandle["carrot-walnut"]
        await api.post(`/admin/products/${id}/cake-profile`, { is_available: false }, { headers: admin })
        expect(handles((await listCakes()).cakes)).not.toContain("carrot-walnut")
        expect(handles((await listCakes("?is_available=false")).cakes)).toEqual(["carrot-walnut"])
      })

      it("hides every cake of an inactive bakery", async () => {
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["northern-whisk"]}`, { is_active: false }, { headers: admin })
        const body = await listCakes()
        expect(handles(body.cakes)).toEqual(demoHandles((c) => c.bakery === "crumb-and-co"))
        const detail = await failing(
          api.get(`/store/cakes/${shop.productIdsByHandle["salted-caramel-drip"]}`, { headers: shop.storeHeaders })
        )
        expect(detail.status).toEqual(404)
      })

      it("does not list a product that no bakery bakes", async () => {
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, { remove: [shop.productIdsByHandle["victoria-sponge"]] }, { headers: admin })
        expect(handles((await listCakes()).cakes)).not.toContain("victoria-sponge")
      })

      it("shows each change at once, though listings are served from Medusa's query cache", async () => {
        const listed = async () => handles((await listCakes("?limit=50")).cakes)
        const all = demoHandles(() => true)
        expect(await listed()).toEqual(all)
        expect(await listed()).toEqual(all)

        await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}`, { status: "draft" }, { headers: admin })
        expect(await listed()).not.toContain("lemon-drizzle")

        await api.post(`/admin/products/${shop.productIdsByHandle["carrot-walnut"]}/cake-profile`, { is_available: false }, { headers: admin })
        expect(await listed()).not.toContain("carrot-walnut")

        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, { remove: [shop.productIdsByHandle["victoria-sponge"]] }, { headers: admin })
        expect(await listed()).not.toContain("victoria-sponge")

        await api.post(
          `/admin/sales-channels/${shop.salesChannelId}/products`,
          { remove: [shop.productIdsByHandle["red-velvet-celebration"]] },
          { headers: admin }
        )
        expect(await listed()).not.toContain("red-velvet-celebration")

        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["northern-whisk"]}`, { is_active: false }, { headers: admin })
        expect(await listed()).toEqual(["chocolate-truffle-cake"])

        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["northern-whisk"]}`, { is_active: true }, { headers: admin })
        expect(await listed()).toEqual(["black-forest-gateau", "chocolate-truffle-cake", "salted-caramel-drip"].sort())
      })

      it("never shows a bakery's capacity, status or metadata, whatever fields ask for", async () => {
        for (const fields of ["bakery.daily_capacity,bakery.is_active,bakery.metadata", "bakery.*", "+bakery.daily_capacity"]) {
          const { cakes } = await listCakes(`?fields=${encodeURIComponent(fields)}&limit=1`)
          expect(cakes[0].bakery ?? {}).not.toHaveProperty("daily_capacity")
          expect(cakes[0].bakery ?? {}).not.toHaveProperty("is_active")
          expect(cakes[0].bakery ?? {}).not.toHaveProperty("metadata")
          const { data } = await api.get(`/store/cakes/${cakes[0].id}?fields=${encodeURIComponent(fields)}`, { headers: shop.storeHeaders })
          expect(data.cake.bakery ?? {}).not.toHaveProperty("daily_capacity")
        }
        // The shop front and the prices still come by default.
        const { cakes } = await listCakes(`?region_id=${shop.regionId}&limit=1`)
        expect(cakes[0].bakery).toEqual(expect.objectContaining({ name: expect.any(String), city: expect.any(String) }))
        expect(cakes[0].variants[0].calculated_price.calculated_amount).toEqual(expect.any(Number))
        expect(cakes[0]).toHaveProperty("images")
      })

      it.each([
        ["limit over 100", "?limit=101", "limit"],
        ["a negative offset", "?offset=-1", "offset"],
        ["an unknown egg option", "?egg_option=vegan", "egg_option"],
        ["a non-boolean availability", "?is_available=maybe", "is_available"],
        ["an unknown filter", "?colour=pink", "colour"],
        ["an unknown region", "?region_id=reg_missing", "region_id"],
      ])("refuses %s with a 400 naming the field", async (_, query, field) => {
        const response = await failing(api.get(`/store/cakes${query}`, { headers: shop.storeHeaders }))
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(field)
      })

      it("needs the publishable key", async () => {
        const response = await failing(api.get("/store/cakes"))
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("not_allowed")
      })
    })

    describe("GET /store/cakes/:id", () => {
      it("answers one cake with its prices in the region's currency", async () => {
        const id = shop.productIdsByHandle["victoria-sponge"]
        const { data } = await api.get(`/store/cakes/${id}?region_id=${shop.regionId}`, { headers: shop.storeHeaders })
        expect(data.cake.id).toEqual(id)
        expect(data.cake.bakery.handle).toEqual("crumb-and-co")
        expect(data.cake.cake_profile.max_message_length).toEqual(60)
        expect(data.cake.variants.map((v: any) => v.calculated_price.calculated_amount).sort((a: number, b: number) => a - b)).toEqual([22, 34, 48])
      })

      it("shows an unavailable cake as unavailable", async () => {
        const id = shop.productIdsByHandle["carrot-walnut"]
        await api.post(`/admin/products/${id}/cake-profile`, { is_available: false }, { headers: admin })
        const { data } = await api.get(`/store/cakes/${id}`, { headers: shop.storeHeaders })
        expect(data.cake.cake_profile.is_available).toEqual(false)
      })

      it("answers 404 naming an unknown id", async () => {
        const response = await failing(api.get("/store/cakes/prod_nope", { headers: shop.storeHeaders }))
        expect(response.status).toEqual(404)
        expect(response.data).toEqual({ type: "not_found", message: "Cake prod_nope was not found" })
      })
    })
  },
})
