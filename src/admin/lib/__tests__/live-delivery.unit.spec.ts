import { withLiveDelivery } from "../live-delivery"

describe("the order widget's live delivery", () => {
  const details = {
    items: [{ line_item: { id: "ordli_1", title: "Lemon drizzle", product_title: "Lemon drizzle", variant_title: "8 inch", quantity: 1, unit_price: 30 }, customization: null }],
    fulfillment: "delivery" as const,
    status: "pending" as const,
    slot: { date: "2026-12-02", starts_at: "2026-12-02T10:00:00.000Z", ends_at: "2026-12-02T12:00:00.000Z" },
    estimate: null,
  }
  const estimate = { eta_at: "2026-12-02T11:10:00.000Z", distance_meters: 4200, duration_seconds: 900, source: "google" as const, computed_at: "2026-12-02T10:55:00.000Z", origin: "driver" as const }

  it("takes status and ETA from the event and keeps the lines and the slot's day", () => {
    const event = {
      delivery: {
        fulfillment: "delivery" as const,
        status: "shipped" as const,
        slot: { starts_at: details.slot.starts_at, ends_at: details.slot.ends_at },
        estimate,
        driver: { first_name: "Ada", latitude: 51.5, longitude: -0.07, updated_at: "2026-12-02T10:54:00.000Z" },
      },
    }
    expect(withLiveDelivery(details as any, event)).toEqual({ ...details, status: "shipped", estimate })
  })

  it("leaves details not loaded yet alone", () => {
    expect(withLiveDelivery(undefined, { delivery: { fulfillment: "pickup", status: "collected", slot: null, estimate: null } })).toBeUndefined()
  })
})
