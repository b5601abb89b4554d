import { createHmac } from "node:crypto"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { dirname } from "node:path"

/** A PaymentIntent as the fake keeps it: the fields Medusa's Stripe provider reads. */
export type FakeIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: "requires_payment_method" | "requires_capture" | "succeeded" | "canceled"
  capture_method: string
  metadata: Record<string, string>
  customer: string | null
  payment_method: null
  client_secret: string
}

/** The Stripe SDK that Medusa's Stripe provider loads (its own dependency, whatever its version). */
function medusasStripeSdk(): new (key: string, config: Record<string, unknown>) => any {
  const provider = dirname(require.resolve("@medusajs/payment-stripe"))
  const sdk = require(require.resolve("stripe", { paths: [provider] }))
  return sdk.default ?? sdk
}

/** Stripe's form encoding (`metadata[session_id]=x&expand[0]=y`) read back into an object. */
function formBody(raw: string): Record<string, any> {
  const body: Record<string, any> = {}
  for (const [name, value] of new URLSearchParams(raw)) {
    const [head, ...rest] = name.split("[").map((part) => part.replace(/]$/, ""))
    if (!rest.length) {
      body[head] = value
    } else {
      body[head] ??= {}
      body[head][rest.join(".")] = value
    }
  }
  return body
}

/**
 * A stand-in for the Stripe API on 127.0.0.1: customers, and PaymentIntents made,
 * read, updated, captured and cancelled as Stripe does (capturing an intent that is not
 * held, or cancelling one cancelled or succeeded already, is Stripe's
 * `payment_intent_unexpected_state` error, with the intent). `confirm`
 * does what the shopper's browser does with Stripe.js; `webhook` makes the request
 * Stripe would send for an intent, signed with the endpoint's secret.
 */
export function fakeStripe(webhookSecret: string) {
  const intents = new Map<string, FakeIntent>()
  const calls: string[] = []
  let made = 0
  const send = (res: any, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  }
  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const path = new URL(req.url!, "http://stripe.test").pathname
      const body = formBody(raw)
      calls.push(`${req.method} ${path}`)
      const [, , resource, id, action] = path.split("/")
      if (resource === "customers" && req.method === "POST") {
        return send(res, 200, { id: id ?? `cus_fake_${++made}`, object: "customer", email: body.email ?? null })
      }
      if (resource !== "payment_intents") {
        return send(res, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path})` } })
      }
      if (!id && req.method === "POST") {
        const intent: FakeIntent = {
          id: `pi_fake_${++made}`,
          object: "payment_intent",
          amount: Number(body.amount),
          amount_capturable: 0,
          amount_received: 0,
          currency: body.currency,
          status: "requires_payment_method",
          capture_method: body.capture_method ?? "automatic",
          metadata: body.metadata ?? {},
          customer: body.customer ?? null,
          payment_method: null,
          client_secret: `pi_fake_${made}_secret`,
        }
        intents.set(intent.id, intent)
        return send(res, 200, intent)
      }
      const intent = intents.get(id)
      if (!intent) {
        return send(res, 404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${id}'` } })
      }
      if (req.method === "GET" && !action) {
        return send(res, 200, intent)
      }
      if (req.method === "POST" && !action) {
        if (body.amount) intent.amount = Number(body.amount)
        return send(res, 200, intent)
      }
      if (action === "capture") {
        if (intent.status !== "requires_capture") {
          const message = `This PaymentIntent could not be captured because it has a status of ${intent.status}.`
          return send(res, 400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message, payment_intent: intent } })
        }
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 })
        return send(res, 200, intent)
      }
      if (action === "cancel") {
        if (intent.status === "canceled" || intent.status === "succeeded") {
          const message = `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`
          return send(res, 400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message, payment_intent: intent } })
        }
        intent.status = "canceled"
        return send(res, 200, intent)
      }
      return send(res, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path})` } })
    })
  })

  return {
    intents,
    /** Every request the fake got, as `METHOD /v1/path`. */
    calls,
    /** A client of the Stripe SDK Medusa's provider uses, with the fake as its API. */
    client: (apiKey: string) => {
      const { port } = server.address() as AddressInfo
      const StripeSdk = medusasStripeSdk()
      return new StripeSdk(apiKey, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 })
    },
    /** The shopper confirms the card: held for capture (manual capture), or taken at once (automatic). */
    confirm: (id: string) => {
      const intent = intents.get(id)!
      if (intent.capture_method === "manual") {
        Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
      } else {
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      }
      return intent
    },
    /** The body and headers of Stripe's webhook request for an event about this intent. */
    webhook: (type: string, intent: FakeIntent, secret = webhookSecret) => {
      const payload = JSON.stringify({ id: `evt_fake_${++made}`, object: "event", type, data: { object: intent } })
      // Stripe's scheme: t=<unix seconds>,v1=<HMAC-SHA256 of "<t>.<payload>" with the endpoint's secret>.
      const t = Math.floor(Date.now() / 1000)
      const signature = `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${payload}`).digest("hex")}`
      return { payload, headers: { "content-type": "application/json", "stripe-signature": signature } }
    },
    start: () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", () => resolve())),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
