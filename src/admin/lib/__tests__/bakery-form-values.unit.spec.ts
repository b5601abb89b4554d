import type { AdminBakery } from "../../../types/bakery/http"
import { bodyOf, emptyFeeRow, formValuesOf } from "../bakery-form-values"

const bakery = {
  name: "Crumb & Co",
  handle: "crumb-and-co",
  timezone: "Europe/London",
  lead_time_minutes: 240,
  opening_hours: [],
  is_active: true,
  pickup_enabled: false,
  order_cutoff: "14:00",
  window_capacity: 6,
  delivery_fees: [
    { currency_code: "gbp", base: 4, per_km: 0.8, free_over: 80 },
    { currency_code: "eur", base: 5, per_km: 1, free_over: null },
  ],
} as unknown as AdminBakery

describe("bakery form values", () => {
  it("holds collection, cut-off, window capacity and one text row per delivery currency", () => {
    const values = formValuesOf(bakery)
    expect(values).toMatchObject({ pickup_enabled: false, order_cutoff: "14:00", window_capacity: "6" })
    expect(values.delivery_fees).toEqual([
      { currency_code: "GBP", base: "4", per_km: "0.8", free_over: "80" },
      { currency_code: "EUR", base: "5", per_km: "1", free_over: "" },
    ])
  })

  it("offers collection and no fees on a new bakery", () => {
    expect(formValuesOf()).toMatchObject({ pickup_enabled: true, delivery_fees: [], order_cutoff: "", window_capacity: "" })
  })

  it("sends amounts as numbers, leaves an empty free-over out and keeps what is not a number for the API to refuse", () => {
    const values = formValuesOf(bakery)
    values.delivery_fees = [...values.delivery_fees, { ...emptyFeeRow(), currency_code: "USD", base: "abc", per_km: "-1" }]
    expect(bodyOf(values, "edit").delivery_fees).toEqual([
      { currency_code: "GBP", base: 4, per_km: 0.8, free_over: 80 },
      { currency_code: "EUR", base: 5, per_km: 1 },
      { currency_code: "USD", base: "abc", per_km: -1 },
    ])
  })

  it("clears an emptied cut-off and window capacity on edit, and leaves them out on create", () => {
    const values = { ...formValuesOf(bakery), order_cutoff: "", window_capacity: " " }
    expect(bodyOf(values, "edit")).toMatchObject({ order_cutoff: null, window_capacity: null, pickup_enabled: false })
    const created = bodyOf(values, "create")
    expect(created).not.toHaveProperty("order_cutoff")
    expect(created).not.toHaveProperty("window_capacity")
    expect(created).toMatchObject({ pickup_enabled: false, delivery_fees: expect.any(Array) })
  })
})
