import SweetSpotFulfillmentProviderService from "../service"

const provider = new SweetSpotFulfillmentProviderService()
const delivery = { id: "delivery", bakery_id: "bkry_1" }
const pickup = { id: "pickup", bakery_id: "bkry_1" }
const quote = {
  bakery_id: "bkry_1",
  bakery_name: "Crumb & Co",
  currency_code: "gbp",
  fee: { currency_code: "gbp", base: 4, per_km: 0.8, free_over: 80 },
  distance_km: 5,
  item_subtotal: 32,
}

describe("SweetSpot fulfillment provider", () => {
  it("offers pickup and delivery, and prices delivery only", async () => {
    expect((await provider.getFulfillmentOptions()).map((o) => o.id)).toEqual(["pickup", "delivery"])
    expect(await provider.canCalculate({ data: delivery } as any)).toBe(true)
    expect(await provider.canCalculate({ data: pickup } as any)).toBe(false)
    expect(await provider.validateOption({ id: "teleport" })).toBe(false)
  })

  it("says in the shipping method's data how the order is fulfilled and by whom", async () => {
    expect(await provider.validateFulfillmentData(pickup, {})).toEqual({ fulfillment: "pickup", bakery_id: "bkry_1" })
    expect(await provider.validateFulfillmentData(delivery, { note: "x" })).toEqual({
      note: "x",
      fulfillment: "delivery",
      bakery_id: "bkry_1",
    })
  })

  it("prices delivery from the distance, fee row and subtotal in its context", async () => {
    expect(await provider.calculatePrice(delivery, {}, { sweetspot_delivery: quote } as any)).toEqual({
      calculated_amount: 8,
      is_calculated_price_tax_inclusive: false,
    })
    const free = await provider.calculatePrice(delivery, {}, { sweetspot_delivery: { ...quote, item_subtotal: 80 } } as any)
    expect(free.calculated_amount).toEqual(0)
  })

  it("refuses another bakery's option and a currency without a fee row, with the reason", async () => {
    await expect(provider.calculatePrice({ ...delivery, bakery_id: "bkry_2" }, {}, { sweetspot_delivery: quote } as any)).rejects.toThrow(
      /another bakery/
    )
    await expect(
      provider.calculatePrice(delivery, {}, { sweetspot_delivery: { ...quote, fee: null, currency_code: "eur" } } as any)
    ).rejects.toThrow("Crumb & Co does not deliver in EUR")
  })
})
