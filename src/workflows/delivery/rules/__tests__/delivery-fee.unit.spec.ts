import { currencyDigits, deliveryFeeAmount, feeFor } from "../delivery-fee"

const gbp = { currency_code: "gbp", base: 4, per_km: 0.8, free_over: 80 }

describe("deliveryFeeAmount", () => {
  it("charges the base plus the rate per km of road", () => {
    expect(deliveryFeeAmount(gbp, { distance_km: 5, item_subtotal: 32, currency_code: "gbp" })).toEqual(8)
  })

  it("takes the distance to 0.1 km and the amount to the penny", () => {
    // 3.26 km -> 3.3 km: 4 + 0.8 x 3.3 = 6.64
    expect(deliveryFeeAmount(gbp, { distance_km: 3.26, item_subtotal: 32, currency_code: "gbp" })).toEqual(6.64)
    // 0.35 x 2.9 = 1.015 -> 1.02 (no floating-point 1.01)
    expect(deliveryFeeAmount({ currency_code: "gbp", base: 0, per_km: 0.35 }, { distance_km: 2.9, item_subtotal: 0, currency_code: "gbp" })).toEqual(1.02)
  })

  it("rounds to the currency's minor unit", () => {
    expect(deliveryFeeAmount({ currency_code: "jpy", base: 500, per_km: 33.3 }, { distance_km: 2.5, item_subtotal: 0, currency_code: "jpy" })).toEqual(583)
  })

  it("is free once the item subtotal reaches free_over, and not a penny before", () => {
    expect(deliveryFeeAmount(gbp, { distance_km: 5, item_subtotal: 80, currency_code: "gbp" })).toEqual(0)
    expect(deliveryFeeAmount(gbp, { distance_km: 5, item_subtotal: 79.99, currency_code: "gbp" })).toEqual(8)
  })

  it("is never free without free_over", () => {
    expect(deliveryFeeAmount({ ...gbp, free_over: null }, { distance_km: 0, item_subtotal: 10_000, currency_code: "gbp" })).toEqual(4)
  })

  it("charges the base alone while the distance is unknown", () => {
    expect(deliveryFeeAmount(gbp, { distance_km: null, item_subtotal: 32, currency_code: "gbp" })).toEqual(4)
  })
})

describe("feeFor", () => {
  it("finds the row of the cart's currency whatever its case, and none for another", () => {
    expect(feeFor([gbp], "GBP")).toBe(gbp)
    expect(feeFor([gbp], "eur")).toBeNull()
    expect(feeFor(null, "gbp")).toBeNull()
  })
})

describe("currencyDigits", () => {
  it("knows minor units, and falls back to 2 for an unknown code", () => {
    expect(currencyDigits("gbp")).toEqual(2)
    expect(currencyDigits("jpy")).toEqual(0)
    expect(currencyDigits("not-a-currency")).toEqual(2)
  })
})
