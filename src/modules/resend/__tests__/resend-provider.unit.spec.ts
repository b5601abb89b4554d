import { createServer, IncomingMessage, Server } from "node:http"
import { AddressInfo } from "node:net"
import ResendNotificationProviderService from "../service"

/** A stand-in for the Resend API on 127.0.0.1: records requests, answers what the test says, or never answers. */
function fakeResend() {
  const requests: { path: string; headers: IncomingMessage["headers"]; body: any }[] = []
  let answer: { status: number; body: unknown } | "none" = { status: 200, body: { id: "email_123" } }
  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      requests.push({ path: req.url!, headers: req.headers, body: raw ? JSON.parse(raw) : null })
      if (answer !== "none") {
        res.writeHead(answer.status, { "content-type": "application/json" })
        res.end(JSON.stringify(answer.body))
      }
    })
  })
  return {
    requests,
    answerWith: (status: number, body: unknown) => (answer = { status, body }),
    answerNothing: () => (answer = "none"),
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as any

describe("Resend notification provider (real SDK, fake API)", () => {
  const fake = fakeResend()
  let provider: ResendNotificationProviderService
  let base_url: string

  beforeAll(async () => {
    base_url = await fake.start()
    provider = new ResendNotificationProviderService({ logger }, { api_key: "re_test_key", from: "Crumb & Co <orders@sweetspot.test>", base_url })
  })
  afterAll(() => fake.stop())

  it("sends from, to, subject, html and text", async () => {
    fake.answerWith(200, { id: "email_123" })
    const result = await provider.send({
      to: "jo@example.com",
      channel: "email",
      template: "welcome",
      data: { first_name: "Jo", email: "jo@example.com" },
    } as any)

    expect(result).toEqual({ id: "email_123" })
    const request = fake.requests.at(-1)!
    expect(request.path).toEqual("/emails")
    expect(request.headers.authorization).toEqual("Bearer re_test_key")
    expect(request.body).toEqual(
      expect.objectContaining({
        from: "Crumb & Co <orders@sweetspot.test>",
        to: ["jo@example.com"],
        subject: "Welcome to SweetSpot",
        html: expect.stringContaining("jo@example.com"),
        text: expect.stringContaining("WELCOME, JO!"),
      })
    )
  })

  it("throws when Resend answers an error, so the send is recorded as failed and retried", async () => {
    fake.answerWith(500, { statusCode: 500, name: "internal_server_error", message: "Resend is down" })
    await expect(
      provider.send({ to: "jo@example.com", channel: "email", template: "welcome", data: { first_name: "Jo", email: "jo@example.com" } } as any)
    ).rejects.toThrow(/Resend did not send "welcome" to jo@example.com/)
  })

  it("hands Resend the notification's idempotency key, so a retry of a send that went through sends nothing more", async () => {
    fake.answerWith(200, { id: "email_456" })
    await provider.send({ to: "jo@example.com", channel: "email", template: "welcome", data: {}, idempotency_key: "welcome:cus_1" } as any)
    expect(fake.requests.at(-1)!.headers["idempotency-key"]).toEqual("welcome:cus_1")
  })

  it("gives up on a Resend that does not answer within timeout_ms, so the send is recorded as failed and retried", async () => {
    fake.answerNothing()
    const impatient = new ResendNotificationProviderService({ logger }, { api_key: "re_test_key", from: "a@sweetspot.test", base_url, timeout_ms: 50 })
    await expect(
      impatient.send({ to: "jo@example.com", channel: "email", template: "welcome", data: {} } as any)
    ).rejects.toThrow('Resend did not send "welcome" to jo@example.com: no answer within 50 ms')
  })

  it("refuses to start without a key or a sender, or with a timeout that is not a positive number", () => {
    expect(() => ResendNotificationProviderService.validateOptions({ from: "a@b.c" })).toThrow("RESEND_API_KEY")
    expect(() => ResendNotificationProviderService.validateOptions({ api_key: "re_x" })).toThrow("RESEND_FROM")
    expect(() => ResendNotificationProviderService.validateOptions({ api_key: "re_x", from: "a@b.c", timeout_ms: Number("soon") })).toThrow(
      "RESEND_TIMEOUT_MS"
    )
    expect(() => ResendNotificationProviderService.validateOptions({ api_key: "re_x", from: "a@b.c", timeout_ms: 0 })).toThrow("RESEND_TIMEOUT_MS")
  })
})
