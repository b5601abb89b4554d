import stripeProviders from "@medusajs/medusa/payment-stripe"
import { depositAmount, refundAmount } from "../deposit"

/**
 * The Stripe provider's side of a deposit, without the network: the provider is
 * Medusa's own, its Stripe client replaced by one that records each call.
 */
function stripeWithRecorder() {
  const Provider = (stripeProviders as any).services.find((service: any) => service.identifier === "stripe")
  const provider = new Provider({ logger: console }, { apiKey: "sk_test_not_used" })
  const calls: { method: string; args: unknown[] }[] = []
  const intent = { id: "pi_deposit", status: "requires_capture", amount: 0, currency: "gbp" }
  provider.stripe_ = {
    paymentIntents: {
      create: async (request: any) => {
        calls.push({ method: "paymentIntents.create", args: [request] })
        return { ...intent, amount: request.amount, currency: request.currency, status: "requires_payment_method" }
      },
      retrieve: async (id: string) => {
        calls.push({ method: "paymentIntents.retrieve", args: [id] })
        return intent
      },
      capture: async (id: string) => {
        calls.push({ method: "paymentIntents.capture", args: [id] })
        return { ...intent, status: "succeeded" }
      },
    },
    refunds: {
      create: async (request: any) => {
        calls.push({ method: "refunds.create", args: [request] })
        return { id: "re_1" }
      },
    },
  }
  return { provider, calls }
}

describe("a deposit through Medusa's Stripe provider", () => {
  it("asks Stripe for the deposit in the currency's minor unit, to capture manually at checkout", async () => {
    const { provider, calls } = stripeWithRecorder()
    await provider.initiatePayment({ amount: depositAmount(45.5, 30, "gbp"), currency_code: "gbp", data: {}, context: {} })
    await provider.initiatePayment({ amount: depositAmount(1001, 30, "jpy"), currency_code: "jpy", data: {}, context: {} })
    const requests = calls.filter((c) => c.method === "paymentIntents.create").map((c) => c.args[0] as any)
    expect(requests.map((r) => ({ amount: r.amount, currency: r.currency, capture_method: r.capture_method }))).toEqual([
      { amount: 1365, currency: "gbp", capture_method: "manual" },
      { amount: 300, currency: "jpy", capture_method: "manual" },
    ])
  })

  it("reads a confirmed intent as authorised, captures it when the order is placed, and refunds the deposit in minor units", async () => {
    const { provider, calls } = stripeWithRecorder()
    expect((await provider.authorizePayment({ data: { id: "pi_deposit" }, context: {} })).status).toEqual("authorized")
    await provider.capturePayment({ data: { id: "pi_deposit" }, context: {} })
    await provider.refundPayment({ amount: refundAmount("full", 13.65, 13.65, "gbp"), data: { id: "pi_deposit", currency: "gbp" }, context: {} })
    expect(calls.map((c) => c.method)).toEqual(["paymentIntents.retrieve", "paymentIntents.capture", "refunds.create"])
    expect(calls[2].args[0]).toEqual(expect.objectContaining({ amount: 1365, payment_intent: "pi_deposit" }))
  })
})
