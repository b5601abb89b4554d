import { decorateCartTotals } from "@medusajs/framework/utils"
import { lineAmount, moneyRowsSum, orderMoney, pricesIncludeTax } from "../order-money"

type Line = { unit_price: number; quantity: number; rate?: number; discount?: number; inclusive?: boolean }

/** An order as Medusa's order module answers it: the same totals function (decorateCartTotals) over lines, tax lines and promotions. */
function medusaOrder({ items, delivery, currency_code = "gbp" }: { items: Line[]; delivery?: Line; currency_code?: string }) {
  const taxLines = (rate?: number) => (rate ? [{ rate, code: "VAT" }] : [])
  const adjustments = (amount?: number, inclusive?: boolean) => (amount ? [{ amount, code: "CAKE10", is_tax_inclusive: !!inclusive }] : [])
  const order: any = {
    currency_code,
    items: items.map((item, i) => ({
      id: `ordli_${i}`,
      unit_price: item.unit_price,
      quantity: item.quantity,
      is_tax_inclusive: !!item.inclusive,
      tax_lines: taxLines(item.rate),
      adjustments: adjustments(item.discount, item.inclusive),
    })),
    shipping_methods: delivery
      ? [{ id: "ordsm_1", amount: delivery.unit_price, is_tax_inclusive: !!delivery.inclusive, tax_lines: taxLines(delivery.rate), adjustments: adjustments(delivery.discount, delivery.inclusive) }]
      : [],
  }
  // Medusa's order answer carries plain numbers.
  return JSON.parse(JSON.stringify(decorateCartTotals(order), (_key, value) => (value && typeof value === "object" && "numeric" in value ? value.numeric : value)))
}

describe("an order's money in its emails", () => {
  it("shows the cakes without delivery: Medusa's subtotal holds both", () => {
    const order = medusaOrder({ items: [{ unit_price: 64, quantity: 1 }], delivery: { unit_price: 5, quantity: 1 } })
    expect(order.subtotal).toEqual(69)
    expect(orderMoney(order)).toEqual({ items: 64, delivery: 5, discount: 0, credit: 0, tax: 0, total: 69, tax_included: 0 })
  })

  it("takes a promotion off before tax and adds tax on what is left, when prices exclude tax", () => {
    const order = medusaOrder({
      items: [
        { unit_price: 64, quantity: 1, rate: 20, discount: 6.4 },
        { unit_price: 24, quantity: 2, rate: 20 },
      ],
      delivery: { unit_price: 5, quantity: 1, rate: 20 },
    })
    const money = orderMoney(order)
    expect(money).toEqual({ items: 112, delivery: 5, discount: 6.4, credit: 0, tax: 22.12, total: 132.72, tax_included: 0 })
    expect(moneyRowsSum(money)).toBeCloseTo(money.total, 10)
    expect(order.items.map((item: any) => lineAmount(item, false, "gbp"))).toEqual([64, 48])
  })

  it("shows prices with tax in as priced, and says the tax they include without adding it", () => {
    const order = medusaOrder({
      items: [{ unit_price: 64, quantity: 1, rate: 20, inclusive: true, discount: 6.4 }],
      delivery: { unit_price: 5, quantity: 1, rate: 20, inclusive: true },
    })
    expect(pricesIncludeTax(order)).toBe(true)
    const money = orderMoney(order)
    expect(money).toEqual({ items: 64, delivery: 5, discount: 6.4, credit: 0, tax: 0, total: 62.6, tax_included: 10.43 })
    expect(order.items.map((item: any) => lineAmount(item, true, "gbp"))).toEqual([64])
  })

  it("adds up to the penny when Medusa's amounts have more digits than the currency", () => {
    const order = medusaOrder({
      items: [{ unit_price: 19.99, quantity: 3, rate: 17.5, discount: 3.333 }],
      delivery: { unit_price: 4.99, quantity: 1, rate: 17.5 },
    })
    const money = orderMoney(order)
    expect(Math.round(moneyRowsSum(money) * 100)).toEqual(Math.round(money.total * 100))
    const wholePennies = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
    expect(Object.values(money).filter((value) => !wholePennies(value))).toEqual([])
  })

  it("counts store credit, and rounds to the currency's own unit", () => {
    const order = { ...medusaOrder({ items: [{ unit_price: 5000, quantity: 1 }], delivery: { unit_price: 500, quantity: 1 }, currency_code: "jpy" }) }
    order.credit_line_total = 1000
    order.total = 4500
    expect(orderMoney(order)).toEqual({ items: 5000, delivery: 500, discount: 0, credit: 1000, tax: 0, total: 4500, tax_included: 0 })
  })
})
