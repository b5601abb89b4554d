import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedAdminUser } from "../../src/scripts/seed/seed-admin-user"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"

jest.setTimeout(120 * 1000)

const validBakery = {
  name: "Dough Bros",
  handle: "dough-bros",
  email: "hi@doughbros.example",
  phone: "+44 113 496 0000",
  address_1: "1 Briggate",
  city: "Leeds",
  postal_code: "LS1 6HD",
  country_code: "GB",
  latitude: 53.7974,
  longitude: -1.5426,
  timezone: "Europe/London",
  opening_hours: [{ weekday: 1, opens: "08:30", closes: "17:00" }],
  lead_time_minutes: 180,
  daily_capacity: 12,
  delivery_radius_km: 8.5,
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
      admin = { headers: await adminHeaders(api, getContainer()) }
    })

    const bakeryCount = async () => (await api.get("/admin/bakeries", admin)).data.count

    describe("POST /admin/bakeries", () => {
      it("creates a bakery with every field and shows it to shoppers", async () => {
        const { data } = await api.post("/admin/bakeries", validBakery, admin)
        expect(data.bakery).toEqual(
          expect.objectContaining({ ...validBakery, country_code: "gb", id: expect.stringMatching(/^bkry_/), is_active: true, products: [] })
        )
        const store = await api.get(`/store/bakeries/${data.bakery.id}`, { headers: shop.storeHeaders })
        expect(store.data.bakery.name).toEqual("Dough Bros")
      })

      it("fills defaults and makes the handle from the name", async () => {
        const { data } = await api.post("/admin/bakeries", { name: "Sugar & Spice Kitchen" }, admin)
        expect(data.bakery).toEqual(
          expect.objectContaining({
            handle: "sugar-spice-kitchen",
            timezone: "Europe/London",
            opening_hours: [],
            lead_time_minutes: 240,
            daily_capacity: null,
            is_active: true,
          })
        )
      })

      it.each([
        ["an empty name", { name: "" }, "name"],
        ["a bad email", { email: "not-an-email" }, "email"],
        ["a negative capacity", { daily_capacity: -5 }, "daily_capacity"],
        ["a negative lead time", { lead_time_minutes: -1 }, "lead_time_minutes"],
        ["a latitude out of range", { latitude: 91 }, "latitude"],
        ["a longitude out of range", { longitude: -181 }, "longitude"],
        ["an unknown time zone", { timezone: "Mars/Olympus" }, "timezone"],
        ["hours that close before they open", { opening_hours: [{ weekday: 2, opens: "18:00", closes: "09:00" }] }, "closes"],
        ["a weekday of 8", { opening_hours: [{ weekday: 8, opens: "09:00", closes: "17:00" }] }, "weekday"],
        ["a handle with spaces", { handle: "Dough Bros" }, "handle"],
        ["an unknown field", { colour: "pink" }, "colour"],
      ])("refuses %s with a 400 naming the field, saving nothing", async (_, change, field) => {
        const before = await bakeryCount()
        const response = await failing(api.post("/admin/bakeries", { ...validBakery, ...change }, admin))
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(field)
        expect(await bakeryCount()).toEqual(before)
      })

      it("refuses a handle another bakery uses", async () => {
        const response = await failing(api.post("/admin/bakeries", { ...validBakery, handle: "crumb-and-co" }, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain('handle: "crumb-and-co" is already used')
        expect(await bakeryCount()).toEqual(2)
      })

      it("is for staff only: a shopper's call is 401", async () => {
        const response = await failing(api.post("/admin/bakeries", validBakery, { headers: shop.storeHeaders }))
        expect(response.status).toEqual(401)
        const list = await failing(api.get("/admin/bakeries", { headers: shop.storeHeaders }))
        expect(list.status).toEqual(401)
      })
    })

    describe("GET /admin/bakeries", () => {
      it("lists active and inactive bakeries, filterable by is_active, city and q", async () => {
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}`, { is_active: false }, admin)
        expect((await api.get("/admin/bakeries", admin)).data.count).toEqual(2)
        const inactive = (await api.get("/admin/bakeries?is_active=false", admin)).data
        expect(inactive.bakeries.map((b: any) => b.handle)).toEqual(["crumb-and-co"])
        expect((await api.get("/admin/bakeries?city=MANCHESTER", admin)).data.bakeries[0].handle).toEqual("northern-whisk")
        expect((await api.get("/admin/bakeries?q=whisk", admin)).data.count).toEqual(1)
      })
    })

    describe("GET /admin/bakeries/:id", () => {
      it("answers the bakery with its cakes", async () => {
        const { data } = await api.get(`/admin/bakeries/${shop.bakeryIdsByHandle["northern-whisk"]}`, admin)
        expect(data.bakery.daily_capacity).toEqual(20)
        expect(data.bakery.products.map((p: any) => p.handle).sort()).toEqual([
          "black-forest-gateau",
          "carrot-walnut",
          "salted-caramel-drip",
        ])
      })

      it("answers 404 naming an unknown id", async () => {
        const response = await failing(api.get("/admin/bakeries/bkry_missing", admin))
        expect(response.status).toEqual(404)
        expect(response.data.message).toEqual("Bakery bkry_missing was not found")
      })
    })

    describe("POST /admin/bakeries/:id", () => {
      it("updates the fields given and leaves the rest", async () => {
        const id = shop.bakeryIdsByHandle["crumb-and-co"]
        const { data } = await api.post(`/admin/bakeries/${id}`, { daily_capacity: null, lead_time_minutes: 60 }, admin)
        expect(data.bakery).toEqual(expect.objectContaining({ daily_capacity: null, lead_time_minutes: 60, city: "London" }))
        const store = await api.get(`/store/bakeries/${id}`, { headers: shop.storeHeaders })
        expect(store.data.bakery.lead_time_minutes).toEqual(60)
      })

      it("refuses taking another bakery's handle", async () => {
        const id = shop.bakeryIdsByHandle["crumb-and-co"]
        const response = await failing(api.post(`/admin/bakeries/${id}`, { handle: "northern-whisk" }, admin))
        expect(response.status).toEqual(400)
        expect((await api.get(`/admin/bakeries/${id}`, admin)).data.bakery.handle).toEqual("crumb-and-co")
      })

      it("answers 404 for an unknown bakery", async () => {
        const response = await failing(api.post("/admin/bakeries/bkry_missing", { name: "X" }, admin))
        expect(response.status).toEqual(404)
        expect(response.data.message).toEqual("Bakery bkry_missing was not found")
      })
    })

    describe("DELETE /admin/bakeries/:id", () => {
      it("deletes the bakery and unlinks its cakes, which stay as products", async () => {
        const id = shop.bakeryIdsByHandle["northern-whisk"]
        const { data } = await api.delete(`/admin/bakeries/${id}`, admin)
        expect(data).toEqual({ id, object: "bakery", deleted: true })
        expect((await failing(api.get(`/admin/bakeries/${id}`, admin))).status).toEqual(404)

        const productId = shop.productIdsByHandle["carrot-walnut"]
        const product = await api.get(`/admin/products/${productId}?fields=id,*bakery`, admin)
        expect(product.data.product.id).toEqual(productId)
        expect(product.data.product.bakery).toBeFalsy()

        // The freed cake can now move to the other bakery.
        const moved = await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, { add: [productId] }, admin)
        expect(moved.data.bakery.products.map((p: any) => p.id)).toContain(productId)
      })

      it("answers 404 for an unknown bakery", async () => {
        expect((await failing(api.delete("/admin/bakeries/bkry_missing", admin))).status).toEqual(404)
      })
    })

    describe("POST /admin/bakeries/:id/cakes", () => {
      it("adds and removes cakes, and shoppers see the move", async () => {
        const crumb = shop.bakeryIdsByHandle["crumb-and-co"]
        const whisk = shop.bakeryIdsByHandle["northern-whisk"]
        const carrot = shop.productIdsByHandle["carrot-walnut"]
        await api.post(`/admin/bakeries/${whisk}/cakes`, { remove: [carrot] }, admin)
        const { data } = await api.post(`/admin/bakeries/${crumb}/cakes`, { add: [carrot] }, admin)
        expect(data.bakery.products.map((p: any) => p.id)).toContain(carrot)

        const store = await api.get(`/store/cakes/${carrot}`, { headers: shop.storeHeaders })
        expect(store.data.cake.bakery.id).toEqual(crumb)
      })

      it("refuses a cake another bakery bakes with a 409 naming it", async () => {
        const crumb = shop.bakeryIdsByHandle["crumb-and-co"]
        const carrot = shop.productIdsByHandle["carrot-walnut"]
        const response = await failing(api.post(`/admin/bakeries/${crumb}/cakes`, { add: [carrot] }, admin))
        expect(response.status).toEqual(409)
        expect(response.data.message).toContain("Northern Whisk")
      })

      it("links nothing when one product is unknown", async () => {
        const whisk = shop.bakeryIdsByHandle["northern-whisk"]
        const lemon = shop.productIdsByHandle["lemon-drizzle"]
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, { remove: [lemon] }, admin)
        const response = await failing(api.post(`/admin/bakeries/${whisk}/cakes`, { add: [lemon, "prod_missing"] }, admin))
        expect(response.status).toEqual(404)
        expect(response.data.message).toEqual("Product prod_missing was not found")
        const { data } = await api.get(`/admin/bakeries/${whisk}`, admin)
        expect(data.bakery.products.map((p: any) => p.id)).not.toContain(lemon)
      })

      it("answers 404 for an unknown bakery and 400 for an empty body", async () => {
        expect((await failing(api.post("/admin/bakeries/bkry_missing/cakes", { add: [shop.productIdsByHandle["lemon-drizzle"]] }, admin))).status).toEqual(404)
        expect((await failing(api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/cakes`, {}, admin))).status).toEqual(400)
      })
    })

    describe("POST /admin/bakeries/:id/members", () => {
      /** A Medusa user with this email (spelled as given), logged in. */
      async function logIn(email: string) {
        await seedAdminUser(getContainer(), email, "member-password-1")
        const { data } = await api.post("/auth/user/emailpass", { email, password: "member-password-1" })
        const [user] = await getContainer().resolve(Modules.USER).listUsers({ email })
        return { headers: { authorization: `Bearer ${data.token}` }, id: user.id as string }
      }

      /** Crumb & Co's owner, added by the platform admin. */
      async function crumbOwner() {
        const owner = await logIn("owner@crumb.test")
        await api.post(`/admin/bakeries/${shop.bakeryIdsByHandle["crumb-and-co"]}/members`, { user_id: owner.id, role: "owner" }, admin)
        return owner
      }

      it("refuses an owner adding a platform admin by their email in any letter case", async () => {
        const crumb = shop.bakeryIdsByHandle["crumb-and-co"]
        const owner = await crumbOwner()
        const boss = await logIn("Boss@SweetSpot.test")
        for (const email of ["boss@sweetspot.test", "BOSS@SWEETSPOT.TEST"]) {
          const response = await failing(api.post(`/admin/bakeries/${crumb}/members`, { email, role: "staff" }, { headers: owner.headers }))
          expect(response.status).toEqual(403)
          expect(response.data.message).toEqual(
            "boss@sweetspot.test is a platform admin: only a platform admin can make them a member of a bakery"
          )
        }
        const { data } = await api.get(`/admin/bakeries/${crumb}/members`, admin)
        expect(data.members.map((m: any) => m.email)).toEqual(["owner@crumb.test"])
        expect((await api.get("/admin/regions", { headers: boss.headers })).status).toEqual(200)
      })

      it("gives a membership kept for an email to the user who signs up with it in another letter case", async () => {
        const crumb = shop.bakeryIdsByHandle["crumb-and-co"]
        const owner = await crumbOwner()
        const { data: added } = await api.post(`/admin/bakeries/${crumb}/members`, { email: "new.baker@crumb.test", role: "staff" }, { headers: owner.headers })
        expect(added.member).toEqual(expect.objectContaining({ email: "new.baker@crumb.test", user_id: null }))
        const baker = await logIn("New.Baker@Crumb.test")
        expect((await failing(api.get("/admin/regions", { headers: baker.headers }))).status).toEqual(403)
        const { data } = await api.get(`/admin/bakeries/${crumb}/members`, admin)
        expect(data.members.find((m: any) => m.email === "new.baker@crumb.test").user_id).toEqual(baker.id)
      })
    })
  },
})
