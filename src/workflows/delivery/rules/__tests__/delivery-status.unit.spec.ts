import { deliveryStatus } from "../delivery-status"

const at = "2026-12-02T10:00:00Z"

describe("deliveryStatus", () => {
  it.each([
    ["no fulfillment yet", { status: "pending", fulfillments: [] }, "pending"],
    ["a fulfillment being prepared", { status: "pending", fulfillments: [{ shipped_at: null, delivered_at: null }] }, "pending"],
    ["a shipment created", { status: "pending", fulfillments: [{ shipped_at: at, delivered_at: null }] }, "shipped"],
    ["a delivery created", { status: "pending", fulfillments: [{ shipped_at: at, delivered_at: at }] }, "delivered"],
    ["only a cancelled shipment", { status: "pending", fulfillments: [{ shipped_at: at, canceled_at: at }] }, "pending"],
    ["a cancelled order", { status: "canceled", fulfillments: [{ shipped_at: at }] }, "cancelled"],
  ])("reads %s as %s", (_, order, expected) => {
    expect(deliveryStatus(order)).toEqual(expected)
  })
})
