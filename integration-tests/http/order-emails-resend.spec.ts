import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { fakeResend } from "../helpers/fake-resend"
import { seedDemoShop } from "../helpers/demo-shop"

jest.setTimeout(120 * 1000)

// medusa-config.ts reads these when the app boots: this suite sends through Resend, at a fake.
const fake = fakeResend(41000 + (process.pid % 9000))
const saved = { key: process.env.RESEND_API_KEY, from: process.env.RESEND_FROM, url: process.env.RESEND_BASE_URL }
process.env.RESEND_API_KEY = "re_test_key"
process.env.RESEND_FROM = "SweetSpot <orders@sweetspot.test>"
process.env.RESEND_BASE_URL = fake.url

beforeAll(() => fake.start())
afterAll(async () => {
  await fake.stop()
  process.env.RESEND_API_KEY = saved.key
  process.env.RESEND_FROM = saved.from
  process.env.RESEND_BASE_URL = saved.url
  for (const [k, v] of Object.entries({ RESEND_API_KEY: saved.key, RESEND_FROM: saved.from, RESEND_BASE_URL: saved.url })) {
    if (v === undefined) delete process.env[k]
  }
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    const registered = async (email: string, headers: Record<string, string>) => {
      const done = TestEventUtils.waitSubscribersExecution("customer.created", eventBus())
      const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "pw-123456" })
      const { data: created } = await api.post(
        "/store/customers",
        { email, first_name: "Jo" },
        { headers: { ...headers, authorization: `Bearer ${data.token}` } }
      )
      await done.catch(() => undefined)
      return created.customer
    }

    beforeEach(() => {
      fake.requests.length = 0
      fake.state.failures = 0
    })

    it("sends through Resend with from, to, subject, html and text", async () => {
      const { storeHeaders } = await seedDemoShop(getContainer())
      await registered("jo@sweetspot.test", storeHeaders)

      const [request] = fake.requests
      expect(request.body).toEqual(
        expect.objectContaining({
          from: "SweetSpot <orders@sweetspot.test>",
          to: ["jo@sweetspot.test"],
          subject: "Welcome to SweetSpot",
          html: expect.stringContaining("<html"),
          text: expect.stringContaining("WELCOME, JO!"),
        })
      )
      const [notification] = await notifications({ to: "jo@sweetspot.test" })
      expect(notification).toEqual(expect.objectContaining({ status: "success", external_id: "email_1", provider_id: "resend" }))
    })

    it("retries a send Resend failed, and records one notification that succeeded", async () => {
      const { storeHeaders } = await seedDemoShop(getContainer())
      fake.state.failures = 1
      await registered("retry@sweetspot.test", storeHeaders)

      expect(fake.requests.map((r) => r.status)).toEqual([500, 200])
      const sent = await notifications({ to: "retry@sweetspot.test" })
      expect(sent).toHaveLength(1)
      expect(sent[0].status).toEqual("success")
    })

    it("records a send that kept failing as failed, and resends it once when the event comes again", async () => {
      const { storeHeaders } = await seedDemoShop(getContainer())
      fake.state.failures = 100
      const customer = await registered("down@sweetspot.test", storeHeaders)
      const [failed] = await notifications({ to: "down@sweetspot.test" })
      expect(failed.status).toEqual("failure")
      // The account itself is untouched by the failed email.
      expect(customer.email).toEqual("down@sweetspot.test")

      fake.state.failures = 0
      const redelivered = TestEventUtils.waitSubscribersExecution("customer.created", eventBus())
      await eventBus().emit({ name: "customer.created", data: { id: customer.id } })
      await redelivered
      await eventBus().emit({ name: "customer.created", data: { id: customer.id } })

      const sent = await notifications({ to: "down@sweetspot.test" })
      expect(sent).toHaveLength(1)
      expect(sent[0].status).toEqual("success")
      // Delivered once: every attempt but the one that went through failed.
      expect(fake.requests.filter((r) => r.status === 200)).toHaveLength(1)
    })
  },
})
