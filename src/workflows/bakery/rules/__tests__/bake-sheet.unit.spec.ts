import { bakeSheet, bakeSheetCsv, csvCell } from "../bake-sheet"

const line = (product_id: string, product_title: string, quantity: number, customization: Record<string, unknown> | null = null) => ({
  id: `item_${product_id}_${quantity}`,
  product_id,
  product_title,
  variant_title: '8"',
  quantity,
  cake_customization: customization,
})

const order = (id: string, display_id: number, startsAt: string, items: any[], extra: Record<string, unknown> = {}) => ({
  id,
  display_id,
  status: "pending",
  shipping_address: { first_name: "Jo", last_name: "Baker", phone: "+44 1" },
  items,
  shipping_methods: [{ data: { fulfillment: "delivery" } }],
  delivery_slot: { starts_at: startsAt, ends_at: startsAt.replace("T09", "T11").replace("T13", "T15") },
  ...extra,
})

describe("the bake sheet", () => {
  const orders = [
    order("o_late", 3, "2026-12-03T13:00:00.000Z", [line("p_choc", "Chocolate", 1, { egg_version: "eggless", message: "Hi", toppings: [], notes: "Side door" })]),
    order("o_early", 2, "2026-12-03T09:00:00.000Z", [
      line("p_choc", "Chocolate", 2, { egg_version: "eggless", toppings: ["Sprinkles"] }),
      line("p_lemon", "Lemon", 1, { shape: "Round", egg_version: "egg", toppings: [] }),
    ]),
    order("o_cancelled", 1, "2026-12-03T09:00:00.000Z", [line("p_choc", "Chocolate", 5)], { status: "canceled" }),
    order("o_pickup", 4, "2026-12-03T09:00:00.000Z", [line("p_plain", "Plain", 1)], { shipping_methods: [{ data: { fulfillment: "pickup" } }] }),
  ]
  const sheet = bakeSheet({ bakery_id: "b", date: "2026-12-03", orders })

  it("leaves cancelled orders out and sorts the tickets by window, then number", () => {
    expect(sheet.tickets.map((t) => t.order_id)).toEqual(["o_early", "o_pickup", "o_late"])
    expect(sheet.tickets[1].fulfillment).toEqual("pickup")
    expect(sheet.tickets[2]).toEqual(
      expect.objectContaining({ customer: { first_name: "Jo", last_name: "Baker", phone: "+44 1" }, notes: "Side door" })
    )
  })

  it("adds up the cakes by cake, size, shape and egg version", () => {
    expect(sheet.totals).toEqual([
      { product_id: "p_choc", title: "Chocolate", variant_title: '8"', shape: null, egg_version: "eggless", quantity: 3 },
      { product_id: "p_lemon", title: "Lemon", variant_title: '8"', shape: "Round", egg_version: "egg", quantity: 1 },
      { product_id: "p_plain", title: "Plain", variant_title: '8"', shape: null, egg_version: null, quantity: 1 },
    ])
    const ticketed = sheet.tickets.flatMap((t) => t.items).reduce((sum, i) => sum + i.quantity, 0)
    expect(sheet.totals.reduce((sum, t) => sum + t.quantity, 0)).toEqual(ticketed)
  })

  it("writes one CSV row per cake, escaping what a spreadsheet would run", () => {
    const csv = bakeSheetCsv(bakeSheet({ bakery_id: "b", date: "d", orders: [order("o", 1, "2026-12-03T09:00:00.000Z", [line("p", "=cmd|' /C calc'!A0", 1, { message: "@SUM(1)", toppings: [] })])] }))
    const rows = csv.trim().split("\r\n")
    expect(rows).toHaveLength(2)
    expect(rows[1]).toContain("'=cmd|' /C calc'!A0")
    expect(rows[1]).toContain("'@SUM(1)")
  })

  it("puts each order's balance still owed on its ticket and its CSV rows", () => {
    const orders = [order("o1", 1, "2026-12-03T09:00:00.000Z", [line("p", "Cake", 1)]), order("o2", 2, "2026-12-03T10:00:00.000Z", [line("p", "Cake", 1)])]
    const balances = { o1: { currency_code: "gbp", paid: 12, due: 28, due_at: "2026-11-30T09:00:00.000Z", unpaid_at_cutoff: true } }
    const sheet = bakeSheet({ bakery_id: "b", date: "d", orders, balances })
    expect(sheet.tickets.map((t) => t.balance)).toEqual([balances.o1, null])
    const [header, first, second] = bakeSheetCsv(sheet).trim().split("\r\n").map((row) => row.split(","))
    const cells = (row: string[]) => [row[header.indexOf("balance_due")], row[header.indexOf("balance_unpaid_at_cutoff")]]
    expect([cells(first), cells(second)]).toEqual([["28 GBP", "yes"], ["", ""]])
  })

  it("quotes cells and guards formula starts", () => {
    expect(csvCell("=1+1")).toEqual("'=1+1")
    expect(csvCell("+1")).toEqual("'+1")
    expect(csvCell("-1")).toEqual("'-1")
    expect(csvCell("@x")).toEqual("'@x")
    expect(csvCell("\tx")).toEqual("'\tx")
    expect(csvCell("\rx")).toEqual("\"'\rx\"")
    expect(csvCell('say "hi", twice')).toEqual('"say ""hi"", twice"')
    expect(csvCell(null)).toEqual("")
    expect(csvCell(3)).toEqual("3")
  })
})
