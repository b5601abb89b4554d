import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CAKE_MODULE } from "../../src/modules/cake"
import CakeModuleService from "../../src/modules/cake/service"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let admin: { headers: Record<string, string> }
    let bareProductId: string

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
      admin = { headers: await adminHeaders(api, getContainer()) }
      const { data } = await api.post(
        "/admin/products",
        {
          title: "Opera Cake",
          status: "published",
          sales_channels: [{ id: shop.salesChannelId }],
          options: [{ title: "Size", values: ["8in"] }],
          variants: [{ title: "8in", options: { Size: "8in" }, manage_inventory: false, prices: [{ currency_code: "gbp", amount: 40 }] }],
        },
        admin
      )
      bareProductId = data.product.id
    })

    const profileCount = () => (getContainer().resolve(CAKE_MODULE) as CakeModuleService).listCakeProfiles().then((p) => p.length)

    describe("GET /admin/products/:id/cake-profile", () => {
      it("answers the product's profile", async () => {
        const { data } = await api.get(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, admin)
        expect(data.cake_profile).toEqual(
          expect.objectContaining({ flavour: "lemon", egg_options: ["egg", "eggless"], shapes: [{ name: "Round", surcharge: 0 }] })
        )
      })

      it("answers 404 for a product without a profile, and for an unknown product", async () => {
        const none = await failing(api.get(`/admin/products/${bareProductId}/cake-profile`, admin))
        expect(none.status).toEqual(404)
        expect(none.data.message).toEqual(`Product ${bareProductId} has no cake profile yet`)
        const unknown = await failing(api.get("/admin/products/prod_missing/cake-profile", admin))
        expect(unknown.status).toEqual(404)
        expect(unknown.data.message).toContain("prod_missing")
      })
    })

    describe("POST /admin/products/:id/cake-profile", () => {
      it("creates and links a profile with defaults", async () => {
        const { data } = await api.post(`/admin/products/${bareProductId}/cake-profile`, { flavour: "coffee" }, admin)
        expect(data.cake_profile).toEqual(
          expect.objectContaining({ flavour: "coffee", egg_options: ["egg"], shapes: [], toppings: [], max_message_length: 40, is_available: true })
        )
        const again = await api.get(`/admin/products/${bareProductId}/cake-profile`, admin)
        expect(again.data.cake_profile.id).toEqual(data.cake_profile.id)
      })

      it("changes only the fields given, and shoppers see it", async () => {
        const id = shop.productIdsByHandle["chocolate-truffle-cake"]
        const toppings = [{ name: "Raspberries", price: 3.5 }]
        const { data } = await api.post(`/admin/products/${id}/cake-profile`, { toppings }, admin)
        expect(data.cake_profile).toEqual(expect.objectContaining({ flavour: "chocolate", toppings }))
        const store = await api.get(`/store/cakes/${id}`, { headers: shop.storeHeaders })
        expect(store.data.cake.cake_profile.toppings).toEqual(toppings)
      })

      it("needs a flavour to create a profile, and saves nothing without one", async () => {
        const before = await profileCount()
        const response = await failing(api.post(`/admin/products/${bareProductId}/cake-profile`, { is_available: true }, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("flavour")
        expect(await profileCount()).toEqual(before)
      })

      it.each([
        ["a negative topping price", { toppings: [{ name: "Nuts", price: -1 }] }, "price"],
        ["a negative shape surcharge", { shapes: [{ name: "Star", surcharge: -2 }] }, "surcharge"],
        ["repeated topping names", { toppings: [{ name: "Nuts", price: 1 }, { name: "nuts", price: 2 }] }, "toppings"],
        ["an unknown egg option", { egg_options: ["vegan"] }, "egg_options"],
        ["no egg option at all", { egg_options: [] }, "egg_options"],
        ["a negative message length", { max_message_length: -1 }, "max_message_length"],
        ["an empty flavour", { flavour: "" }, "flavour"],
      ])("refuses %s with a 400 naming the field, changing nothing", async (_, body, field) => {
        const id = shop.productIdsByHandle["lemon-drizzle"]
        const before = (await api.get(`/admin/products/${id}/cake-profile`, admin)).data.cake_profile
        const response = await failing(api.post(`/admin/products/${id}/cake-profile`, body, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        expect((await api.get(`/admin/products/${id}/cake-profile`, admin)).data.cake_profile).toEqual(before)
      })

      it("answers 404 for an unknown product", async () => {
        const response = await failing(api.post("/admin/products/prod_missing/cake-profile", { flavour: "x" }, admin))
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("prod_missing")
      })

      it("is for staff only", async () => {
        const response = await failing(
          api.post(`/admin/products/${bareProductId}/cake-profile`, { flavour: "x" }, { headers: shop.storeHeaders })
        )
        expect(response.status).toEqual(401)
      })
    })

    describe("deleting a product", () => {
      it("deletes its cake profile and its bakery link", async () => {
        const id = shop.productIdsByHandle["red-velvet-celebration"]
        const before = await profileCount()
        await api.delete(`/admin/products/${id}`, admin)
        expect(await profileCount()).toEqual(before - 1)
        const { data } = await api.get(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}`, admin)
        expect(data.bakery.products.map((p: any) => p.id)).not.toContain(id)
      })
    })
  },
})
