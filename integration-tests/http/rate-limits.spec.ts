import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { createCart, registerShopper } from "../helpers/shopper"

// Low limits for this suite only; read by the limiter on its first request.
process.env.RATE_LIMIT_AUTH_REQUESTS = "3"
process.env.RATE_LIMIT_CART_REQUESTS = "4"
process.env.RATE_LIMIT_WINDOW_SECONDS = "600"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer())
    })

    const expectTooMany = (response: any) => {
      expect(response.status).toEqual(429)
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(response.headers["retry-after"])).toBeLessThanOrEqual(600)
      expect(response.data).toEqual({ type: "too_many_requests", message: expect.stringMatching(/^Too many requests: try again in \d+ seconds?$/) })
    }

    it("answers 429 with Retry-After once an address has used up its logins, and lets cart reads through", async () => {
      const login = () => failing(api.post("/auth/customer/emailpass", { email: "nobody@sweetspot.test", password: "guess" }))
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await login()).status).toEqual(401)
      }
      expectTooMany(await login())
      // Registration and password reset share the budget.
      expectTooMany(await failing(api.post("/auth/customer/emailpass/register", { email: "new@sweetspot.test", password: "cake-lover-1" })))
      expectTooMany(await failing(api.post("/auth/customer/emailpass/reset-password", { identifier: "new@sweetspot.test" })))
      // Browsing is never limited.
      expect((await api.get("/store/cakes", { headers: shop.storeHeaders })).status).toEqual(200)
    })

    it("limits cart changes, through Medusa's routes and SweetSpot's alike, but not cart reads", async () => {
      const headers = shop.storeHeaders
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers })
      const cartId = data.cart.id
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers })
      const variant_id = cake.cake.variants[0].id
      await api.post(`/store/carts/${cartId}/cakes`, { variant_id }, { headers })
      await api.post(`/store/carts/${cartId}`, { email: "limits@sweetspot.test" }, { headers })
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 }, { headers })
      const before = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart.items
      // The fifth change is over the budget of 4, whichever route it uses.
      expectTooMany(await failing(api.post(`/store/carts/${cartId}/cakes`, { variant_id, quantity: 2 }, { headers })))
      expectTooMany(await failing(api.post("/store/carts", { region_id: shop.regionId }, { headers })))
      // Refused changes changed nothing; reads still answer.
      expect((await api.get(`/store/carts/${cartId}`, { headers })).data.cart.items).toEqual(before)
    })
  },
})
