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

    it("answers 429 with Retry-After once an address has used up its logins, however the route is spelled, and lets cart reads through", async () => {
      const login = (path = "/auth/customer/emailpass") =>
        failing(api.post(path, { email: "nobody@sweetspot.test", password: "guess" }))
      // Express runs the login route for each of these spellings, so each spends the one budget.
      for (const path of ["/auth/customer/emailpass", "/AUTH/Customer/EmailPass", "/auth/customer/emailpass/"]) {
        expect((await login(path)).status).toEqual(401)
      }
      expectTooMany(await login())
      expectTooMany(await login("/Auth/customer/emailpass/"))
      // Registration and password reset share the budget.
      expectTooMany(await failing(api.post("/auth/customer/emailpass/register", { email: "new@sweetspot.test", password: "cake-lover-1" })))
      expectTooMany(await failing(api.post("/auth/customer/emailpass/reset-password", { identifier: "new@sweetspot.test" })))
      // Browsing is never limited.
      expect((await api.get("/store/cakes", { headers: shop.storeHeaders })).status).toEqual(200)
    })

    it("limits cart changes, through Medusa's routes and SweetSpot's alike, but not cart reads, whatever X-Forwarded-For claims", async () => {
      // Without TRUST_PROXY the socket's address counts: a forged header buys no fresh budget.
      let forged = 0
      const forging = () => ({ ...shop.storeHeaders, "x-forwarded-for": `198.51.100.${++forged}` })
      const headers = shop.storeHeaders
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: forging() })
      const cartId = data.cart.id
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers })
      const variant_id = cake.cake.variants[0].id
      await api.post(`/store/carts/${cartId}/cakes`, { variant_id }, { headers: forging() })
      await api.post(`/store/carts/${cartId}`, { email: "limits@sweetspot.test" }, { headers: forging() })
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 }, { headers: forging() })
      const before = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart.items
      // The fifth change is over the budget of 4, whichever route it uses.
      expectTooMany(await failing(api.post(`/store/carts/${cartId}/cakes`, { variant_id, quantity: 2 }, { headers: forging() })))
      expectTooMany(await failing(api.post("/store/carts", { region_id: shop.regionId }, { headers: forging() })))
      // Refused changes changed nothing; reads still answer.
      expect((await api.get(`/store/carts/${cartId}`, { headers })).data.cart.items).toEqual(before)
      expect(forged).toEqual(6)
    })

    it("counts each client behind a trusted proxy apart when TRUST_PROXY says to believe it", async () => {
      process.env.TRUST_PROXY = "1"
      try {
        const as = (address: string) => ({ ...shop.storeHeaders, "x-forwarded-for": address })
        // This test's own address has spent its cart budget above; a client the proxy names has its own.
        for (let change = 1; change <= 4; change++) {
          expect((await api.post("/store/carts", { region_id: shop.regionId }, { headers: as("203.0.113.50") })).status).toEqual(200)
        }
        expectTooMany(await failing(api.post("/store/carts", { region_id: shop.regionId }, { headers: as("203.0.113.50") })))
        expect((await api.post("/store/carts", { region_id: shop.regionId }, { headers: as("203.0.113.51") })).status).toEqual(200)
      } finally {
        delete process.env.TRUST_PROXY
      }
    })
  },
})
