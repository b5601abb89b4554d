import { isOutForDelivery } from "../out-for-delivery"

const shipped = { shipped_at: "2026-12-02T09:00:00Z", delivered_at: null, canceled_at: null }
const order = (overrides: Record<string, unknown> = {}) => ({
  status: "pending",
  bakery: { id: "bak_1" },
  shipping_methods: [{ data: { fulfillment: "delivery" } }],
  fulfillments: [shipped],
  ...overrides,
})

describe("isOutForDelivery", () => {
  it("is an order with a shipped fulfillment not yet delivered", () => {
    expect(isOutForDelivery(order())).toBe(true)
    // A shipping method of another provider is a delivery too.
    expect(isOutForDelivery(order({ shipping_methods: [] }))).toBe(true)
  })

  it("is not an order before its shipment, or once delivered", () => {
    expect(isOutForDelivery(order({ fulfillments: [] }))).toBe(false)
    expect(isOutForDelivery(order({ fulfillments: [{ ...shipped, shipped_at: null }] }))).toBe(false)
    expect(isOutForDelivery(order({ fulfillments: [{ ...shipped, delivered_at: "2026-12-02T10:00:00Z" }] }))).toBe(false)
  })

  it("is still an order with one delivered fulfillment and another on its way", () => {
    expect(isOutForDelivery(order({ fulfillments: [{ ...shipped, delivered_at: "2026-12-02T10:00:00Z" }, shipped] }))).toBe(true)
  })

  it("is not a cancelled order or fulfillment, an order without a bakery, or a pickup", () => {
    expect(isOutForDelivery(order({ status: "canceled" }))).toBe(false)
    expect(isOutForDelivery(order({ fulfillments: [{ ...shipped, canceled_at: "2026-12-02T10:00:00Z" }] }))).toBe(false)
    expect(isOutForDelivery(order({ bakery: null }))).toBe(false)
    expect(isOutForDelivery(order({ shipping_methods: [{ data: { fulfillment: "pickup" } }] }))).toBe(false)
  })
})
