import { fakePort } from "../helpers/fake-port"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { fakeResend } from "../helpers/fake-resend"
import { seedDemoShop } from "../helpers/demo-shop"
import { useEnv } from "../helpers/env"
import { eventually } from "../helpers/eventually"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(120 * 1000)

// medusa-config.ts reads these when the app boots: this suite sends through Resend, at a fake.
const fake = fakeResend(fakePort(5))
const settings = {
  RESEND_API_KEY: "re_test_key",
  RESEND_FROM: "SweetSpot <orders@sweetspot.test>",
  RESEND_BASE_URL: fake.url,
  RESEND_TIMEOUT_MS: "500",
  // The workflow engine tries a failed send again after this long (60 s by default), twice.
  EMAIL_RETRY_INTERVAL_SECONDS: "1",
  EMAIL_MAX_RETRIES: "2",
}
useEnv(settings)

beforeAll(() => fake.start())
afterAll(() => fake.stop())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    const registered = async (email: string, headers: Record<string, string>) => {
      const done = TestEventUtils.waitSubscribersExecution("customer.created", eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
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
      fake.sent.length = 0
      fake.state.failures = 0
      fake.state.hold = null
    })
    /** The emails to `to` once the workflow engine has no send left to try: every retry made, or one succeeded. */
    const settled = async (to: string) => {
      await eventually(`an email to ${to}`, async () => ((await notifications({ to })).length ? true : undefined))
      await utils.waitWorkflowExecutions()
      return notifications({ to })
    }

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
      // Resend's own guard against sending twice gets the notification's key.
      expect(request.headers["idempotency-key"]).toEqual(expect.stringMatching(/^welcome:cus_/))
      const [notification] = await notifications({ to: "jo@sweetspot.test" })
      expect(notification).toEqual(expect.objectContaining({ status: "success", external_id: "email_1", provider_id: "resend" }))
    })

    it("retries a send Resend failed on the workflow engine's schedule, and records one notification that succeeded", async () => {
      const { storeHeaders } = await seedDemoShop(getContainer())
      fake.state.failures = 1
      await registered("retry@sweetspot.test", storeHeaders)

      const [sent] = await eventually("the retried welcome email", async () => {
        const rows = await notifications({ to: "retry@sweetspot.test", status: "success" })
        return rows.length ? rows : undefined
      })
      expect(fake.requests.map((r) => r.status)).toEqual([500, 200])
      expect(await notifications({ to: "retry@sweetspot.test" })).toEqual([expect.objectContaining({ id: sent.id })])
    })

    it("counts a send Resend answers too slowly as failed, and the retry sends nothing twice", async () => {
      const { storeHeaders } = await seedDemoShop(getContainer())
      // Resend takes the first request but does not answer it (RESEND_TIMEOUT_MS is 500 here); it answers the rest.
      fake.state.hold = () => fake.requests.length === 0
      await registered("slow@sweetspot.test", storeHeaders)

      const rows = await settled("slow@sweetspot.test")
      expect(rows).toEqual([expect.objectContaining({ status: "success" })])
      // Resend got the email on the first, unanswered request; the retry bore the same key and sent nothing more.
      expect(fake.requests).toHaveLength(2)
      expect(new Set(fake.requests.map((r) => r.headers["idempotency-key"])).size).toBe(1)
      expect(fake.sent).toHaveLength(1)
    })

    it("records a send that kept failing as failed, and resends it once when the event comes again", async () => {
      const { storeHeaders } = await seedDemoShop(getContainer())
      fake.state.failures = 100
      const customer = await registered("down@sweetspot.test", storeHeaders)
      const [failed] = await settled("down@sweetspot.test")
      expect(failed.status).toEqual("failure")
      // The first attempt and both retries the policy allows.
      expect(fake.requests).toHaveLength(3)
      // The account itself is untouched by the failed email.
      expect(customer.email).toEqual("down@sweetspot.test")

      fake.state.failures = 0
      const redelivered = TestEventUtils.waitSubscribersExecution("customer.created", eventBus(), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      await eventBus().emit({ name: "customer.created", data: { id: customer.id } })
      await redelivered
      await eventBus().emit({ name: "customer.created", data: { id: customer.id } })

      const sent = await notifications({ to: "down@sweetspot.test" })
      expect(sent).toHaveLength(1)
      expect(sent[0].status).toEqual("success")
      // Delivered once: every attempt but the one that went through failed.
      expect(fake.sent).toHaveLength(1)
    })
  },
})
