import { BigNumber } from "@medusajs/framework/utils"
import { bakeryStats, StatsOrder } from "../bakery-stats"

const from = new Date("2026-11-01T00:00:00Z")
const to = new Date("2026-12-01T00:00:00Z")
const slotEnd = "2026-11-20T13:00:00.000Z"

const order = (overrides: Partial<StatsOrder> = {}): StatsOrder => ({
  id: "order_1",
  status: "pending",
  currency_code: "gbp",
  total: 30,
  items: [{ quantity: 1, product_id: "prod_lemon", product_title: "Lemon Drizzle" }],
  fulfillments: [],
  delivery_slot: { ends_at: slotEnd },
  ...overrides,
})
const stats = (orders: StatsOrder[]) => bakeryStats({ bakery_id: "bkry_1", from, to, orders })
/** Its one cake delivered, by these parcels. */
const delivered = (fulfillments: StatsOrder["fulfillments"], overrides: Partial<StatsOrder> = {}) =>
  order({
    items: [{ quantity: 1, product_id: "prod_lemon", product_title: "Lemon Drizzle", detail: { quantity: 1, delivered_quantity: 1 } }],
    fulfillments,
    ...overrides,
  })

describe("bakeryStats", () => {
  it("answers zeros and no on-time share for a bakery without orders", () => {
    expect(stats([])).toEqual({
      bakery_id: "bkry_1",
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-12-01T00:00:00.000Z",
      orders: 0,
      revenue: [],
      cakes_sold: 0,
      top_cakes: [],
      delivered: 0,
      delivered_on_time: 0,
      on_time_share: null,
    })
  })

  it("leaves canceled orders out of every figure", () => {
    const canceled = order({
      id: "order_2",
      status: "canceled",
      total: 99,
      items: [{ quantity: 7, product_id: "prod_choc", product_title: "Chocolate Fudge" }],
      fulfillments: [{ delivered_at: "2026-11-20T12:00:00Z" }],
    })
    const result = stats([order(), canceled])
    expect(result.orders).toEqual(1)
    expect(result.revenue).toEqual([{ currency_code: "gbp", amount: 30 }])
    expect(result.cakes_sold).toEqual(1)
    expect(result.top_cakes.map((c) => c.product_id)).toEqual(["prod_lemon"])
    expect(result.delivered).toEqual(0)
  })

  it("sums revenue per currency without float drift, BigNumber totals included, sorted by currency", () => {
    const result = stats([
      order({ currency_code: "usd", total: 0.1 }),
      order({ currency_code: "gbp", total: new BigNumber(0.1) }),
      order({ currency_code: "gbp", total: { value: "0.2", precision: 20 } }),
      order({ currency_code: "eur", total: "12.5" }),
    ])
    expect(result.revenue).toEqual([
      { currency_code: "eur", amount: 12.5 },
      { currency_code: "gbp", amount: 0.3 },
      { currency_code: "usd", amount: 0.1 },
    ])
  })

  it("counts cakes sold and ranks the top five by quantity, then title", () => {
    const line = (product_id: string | null, product_title: string, quantity: StatsOrder["total"]) => ({ product_id, product_title, quantity })
    const result = stats([
      order({ items: [line("prod_a", "Apple", 1), line("prod_b", "Banana", 3), line("prod_c", "Carrot", 2)] }),
      order({ items: [line("prod_a", "Apple", new BigNumber(2)), line("prod_d", "Date", 1), null] }),
      order({ items: [line("prod_e", "Elderflower", 1), line("prod_f", "Fig", 1), line(null, "Retired Gateau", 4)] }),
    ])
    expect(result.cakes_sold).toEqual(15)
    expect(result.top_cakes).toEqual([
      { product_id: null, title: "Retired Gateau", quantity: 4 },
      { product_id: "prod_a", title: "Apple", quantity: 3 },
      { product_id: "prod_b", title: "Banana", quantity: 3 },
      { product_id: "prod_c", title: "Carrot", quantity: 2 },
      { product_id: "prod_d", title: "Date", quantity: 1 },
    ])
  })

  it("counts a delivery at the slot's end as on time and one after it as late", () => {
    const result = stats([
      delivered([{ delivered_at: slotEnd }]),
      delivered([{ delivered_at: "2026-11-20T11:30:00Z" }]),
      delivered([{ delivered_at: "2026-11-20T13:00:01Z" }]),
    ])
    expect(result).toEqual(expect.objectContaining({ delivered: 3, delivered_on_time: 2, on_time_share: 2 / 3 }))
  })

  it("ignores undelivered orders, orders without a slot and canceled fulfillments", () => {
    const result = stats([
      order({ fulfillments: [{ delivered_at: null }] }),
      delivered([{ delivered_at: "2026-11-20T11:00:00Z" }], { delivery_slot: null }),
      order({ fulfillments: [{ delivered_at: "2026-11-20T11:00:00Z", canceled_at: "2026-11-20T11:05:00Z" }] }),
    ])
    expect(result).toEqual(expect.objectContaining({ orders: 3, delivered: 0, delivered_on_time: 0, on_time_share: null }))
  })

  it("counts an order delivered only once every line has arrived", () => {
    const partly = order({
      items: [
        { quantity: 1, product_id: "prod_lemon", detail: { quantity: 1, delivered_quantity: 1 } },
        { quantity: 1, product_id: "prod_choc", detail: { quantity: 1, shipped_quantity: 1 } },
      ],
      fulfillments: [{ delivered_at: "2026-11-20T11:00:00Z" }],
    })
    expect(stats([partly])).toEqual(expect.objectContaining({ delivered: 0, on_time_share: null }))
  })

  it("times a split delivery by its last parcel", () => {
    const split = delivered([{ delivered_at: "2026-11-20T12:00:00Z" }, { delivered_at: "2026-11-20T14:00:00Z" }])
    expect(stats([split])).toEqual(expect.objectContaining({ delivered: 1, delivered_on_time: 0, on_time_share: 0 }))
  })
})
