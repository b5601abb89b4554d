import { fakePort } from "../helpers/fake-port"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers/admin-headers"
import { failing, seedDemoShop } from "../helpers/demo-shop"
import { fakeResend } from "../helpers/fake-resend"
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(120 * 1000)

// Secrets this suite boots with, then looks for in everything the app logs.
const SECRETS = {
  jwt: "jwt-secret-7f3a9c",
  cookie: "cookie-secret-1b2e8d",
  resend: "re_live_secret_5d4c3b",
  password: "Sup3r-secret-pa55word",
}
const fake = fakeResend(fakePort(1))
process.env.JWT_SECRET = SECRETS.jwt
process.env.COOKIE_SECRET = SECRETS.cookie
process.env.RESEND_API_KEY = SECRETS.resend
process.env.RESEND_FROM = "SweetSpot <orders@sweetspot.test>"
process.env.RESEND_BASE_URL = fake.url
// A failed email is recorded as failed at once: this suite reads what the failure path logs, not the retries.
process.env.EMAIL_MAX_RETRIES = "0"
process.env.STORE_CORS = "https://shop.sweetspot.test"
beforeAll(() => fake.start())
afterAll(() => fake.stop())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
    })

    it("refuses to start in production on a default or missing secret, in one line, before touching anything", () => {
      const medusa = join(__dirname, "..", "..", "node_modules", ".bin", "medusa")
      const start = (secrets: Record<string, string>) =>
        spawnSync(medusa, ["start"], {
          cwd: join(__dirname, "..", ".."),
          // An unreachable database: the refusal comes before any connection.
          env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgres://127.0.0.1:1/none", ...secrets },
          encoding: "utf8",
          timeout: 60_000,
        })
      const refused = start({ JWT_SECRET: "supersecret", COOKIE_SECRET: "a-long-and-random-cookie-secret" })
      expect(refused.status).toEqual(1)
      expect(refused.stderr.trim()).toEqual(
        "SweetSpot will not start in production with JWT_SECRET unset or set to a known default: set it to a long random value (e.g. openssl rand -hex 32)"
      )
      const unset = start({ JWT_SECRET: "", COOKIE_SECRET: "" })
      expect(unset.status).toEqual(1)
      expect(unset.stderr).toContain("JWT_SECRET and COOKIE_SECRET")
    })

    it("sends security headers on store, admin and auth answers, errors included", async () => {
      const answers = [
        await api.get("/store/cakes", { headers: shop.storeHeaders }),
        await failing(api.get("/store/cakes?limit=1000", { headers: shop.storeHeaders })),
        await failing(api.get("/store/cakes")),
        await api.get("/admin/bakeries", { headers: await adminHeaders(api, getContainer()) }),
        await failing(api.post("/auth/customer/emailpass", { email: "x@sweetspot.test", password: "nope" })),
      ]
      expect(answers.map((a) => a.status)).toEqual([200, 400, 400, 200, 401])
      for (const answer of answers) {
        expect(answer.headers).toEqual(
          expect.objectContaining({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" })
        )
        expect(answer.headers["x-powered-by"]).toBeUndefined()
      }
    })

    it("allows only the storefront origins from STORE_CORS", async () => {
      const preflight = (origin: string) =>
        api.options("/store/cakes", {
          headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "x-publishable-api-key" },
          validateStatus: () => true,
        })
      const allowed = await preflight("https://shop.sweetspot.test")
      expect(allowed.headers["access-control-allow-origin"]).toEqual("https://shop.sweetspot.test")
      const foreign = await preflight("https://evil.example")
      expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
    })

    it("never writes a password, token or secret to the logs, even when a provider fails", async () => {
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER) as any
      const logged: string[] = []
      const spies = ["info", "warn", "error", "debug", "log", "activity", "progress", "failure", "success"]
        .filter((level) => typeof logger[level] === "function")
        .map((level) => jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
          logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "))
          return undefined
        }))
      const consoleSpies = (["log", "info", "warn", "error"] as const).map((level) =>
        jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")))
      )
      try {
        fake.state.failures = 100
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const email = "secretive@sweetspot.test"
        const { data } = await api.post("/auth/customer/emailpass/register", { email, password: SECRETS.password })
        const welcome = TestEventUtils.waitSubscribersExecution("customer.created", eventBus, { timeout: SUBSCRIBERS_TIMEOUT_MS })
        await api.post("/store/customers", { email, first_name: "Sam" }, { headers: { ...shop.storeHeaders, authorization: `Bearer ${data.token}` } })
        await welcome.catch(() => undefined)
        await failing(api.post("/auth/customer/emailpass", { email, password: `${SECRETS.password}-wrong` }))
        const { data: login } = await api.post("/auth/customer/emailpass", { email, password: SECRETS.password })
        const reset = TestEventUtils.waitSubscribersExecution("auth.password_reset", eventBus, { timeout: SUBSCRIBERS_TIMEOUT_MS })
        await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
        await reset.catch(() => undefined)
        await api.get("/admin/bakeries", { headers: await adminHeaders(api, getContainer()) })

        // Resend was called with the key, and failed: the failure path ran and was logged.
        expect(fake.requests.some((r) => r.headers.authorization === `Bearer ${SECRETS.resend}` && r.status === 500)).toBe(true)
        const everything = logged.join("\n")
        expect(logged.length).toBeGreaterThan(0)
        for (const secret of [...Object.values(SECRETS), data.token, login.token]) {
          expect(everything).not.toContain(secret)
        }
      } finally {
        spies.forEach((spy) => spy.mockRestore())
        consoleSpies.forEach((spy) => spy.mockRestore())
      }
    })
  },
})
