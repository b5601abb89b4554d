import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { registerShopper } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(120 * 1000)

const email = "jo@sweetspot.test"
const password = "first-password"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>

    beforeEach(async () => {
      store = (await seedDemoShop(getContainer())).storeHeaders
    })

    const login = (pw: string, who = email) => api.post("/auth/customer/emailpass", { email: who, password: pw })

    it("registers a shopper with name and phone, who logs in with a JWT", async () => {
      const shopper = await registerShopper(api, store, email, password)
      const { data } = await api.get("/store/customers/me", { headers: shopper })
      expect(data.customer).toEqual(
        expect.objectContaining({ email, first_name: "Sam", last_name: "Baker", phone: "+44 7700 900000", has_account: true })
      )
    })

    it("logs in with a session cookie and logs out", async () => {
      await registerShopper(api, store, email, password)
      const { data: { token } } = await login(password)
      const session = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${token}` } })
      const cookie = String(session.headers["set-cookie"]?.[0]).split(";")[0]
      expect(cookie).toMatch(/^connect\.sid=/)

      const me = await api.get("/store/customers/me", { headers: { ...store, cookie } })
      expect(me.data.customer.email).toEqual(email)

      await api.delete("/auth/session", { headers: { cookie } })
      const after = await failing(api.get("/store/customers/me", { headers: { ...store, cookie } }))
      expect(after.status).toEqual(401)
    })

    it("refuses a wrong password with a 401", async () => {
      await registerShopper(api, store, email, password)
      const response = await failing(login("not-my-password"))
      expect(response.status).toEqual(401)
      expect(response.data.message).toEqual("Invalid email or password")
    })

    it("updates the profile and keeps addresses with the seed's fields", async () => {
      const shopper = await registerShopper(api, store, email, password)
      const { data: updated } = await api.post("/store/customers/me", { first_name: "Jo", phone: "+44 7700 900111" }, { headers: shopper })
      expect(updated.customer).toEqual(expect.objectContaining({ first_name: "Jo", last_name: "Baker", phone: "+44 7700 900111" }))

      const address = { address_1: "221B Baker Street", city: "London", province: "Greater London", postal_code: "NW1 6XE", country_code: "gb" }
      const { data } = await api.post("/store/customers/me/addresses", address, { headers: shopper })
      expect(data.customer.addresses).toEqual([expect.objectContaining(address)])
      const list = await api.get("/store/customers/me/addresses", { headers: shopper })
      expect(list.data.addresses).toHaveLength(1)
    })

    it("resets a forgotten password with the emailed token, once", async () => {
      await registerShopper(api, store, email, password)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emailed = TestEventUtils.waitSubscribersExecution("auth.password_reset", eventBus, { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
      expect(asked.status).toEqual(201)
      await emailed
      // The shopper gets the token in the reset link of their email.
      const [resetEmail] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "password-reset" })
      const token = new URL((resetEmail.data as any).reset_url).searchParams.get("token")!
      expect(token).toEqual(expect.any(String))
      expect(token).toEqual(expect.any(String))

      await api.post("/auth/customer/emailpass/update", { email, password: "second-password" }, { headers: { authorization: `Bearer ${token}` } })
      expect((await login("second-password")).status).toEqual(200)
      expect((await failing(login(password))).status).toEqual(401)

      const reused = await failing(
        api.post("/auth/customer/emailpass/update", { email, password: "third-password" }, { headers: { authorization: `Bearer ${token}` } })
      )
      expect(reused.status).toEqual(401)
      expect((await login("second-password")).status).toEqual(200)
    })

    it("answers a reset for an unknown email exactly like a known one", async () => {
      await registerShopper(api, store, email, password)
      const known = await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
      const unknown = await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@sweetspot.test" })
      expect(unknown.status).toEqual(known.status)
      expect(unknown.data).toEqual(known.data)
    })

    it("refuses an invalid reset token and changes nothing", async () => {
      await registerShopper(api, store, email, password)
      const response = await failing(
        api.post("/auth/customer/emailpass/update", { email, password: "hacked" }, { headers: { authorization: "Bearer not-a-token" } })
      )
      expect(response.status).toEqual(401)
      expect((await login(password)).status).toEqual(200)
    })
  },
})
