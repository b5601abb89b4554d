/** The money an email's plain text shows, read back as a shopper reads it. */
export type ReadMoney = {
  /** Each cake line's amount ("1 × Chocolate Truffle Cake (8") · £64.00"). */
  lines: number[]
  items: number | null
  delivery: number | null
  discount: number | null
  credit: number | null
  tax: number | null
  total: number | null
  tax_included: number | null
}

const number = (text: string) => Number(text.replace(/,/g, ""))

/** Reads the money rows ("Items: £64.00", "Discount: -£6.40", …) and the cake lines' amounts of an email's plain text. */
export function readMoney(text: string): ReadMoney {
  const row = (label: string) => {
    const match = text.match(new RegExp(`^${label}: (-?)\\D*?(\\d[\\d,]*(?:\\.\\d+)?)\\s*$`, "m"))
    return match ? (match[1] ? -1 : 1) * number(match[2]) : null
  }
  const included = text.match(/^Includes tax of \D*?(\d[\d,]*(?:\.\d+)?)\s*$/m)
  const lines = [...text.matchAll(/^\d+ × .* · \D*?(\d[\d,]*(?:\.\d+)?)\s*$/gm)].map((match) => number(match[1]))
  return {
    lines,
    items: row("Items"),
    delivery: row("Delivery"),
    discount: row("Discount"),
    credit: row("Credit"),
    tax: row("Tax"),
    total: row("Total"),
    tax_included: included ? number(included[1]) : null,
  }
}

const cents = (value: number) => Math.round(value * 100)

/** Whether the rows add up as printed: items + delivery - discount - credit + tax = total, and the lines make the items. */
export function addsUp(money: ReadMoney) {
  const rows = [money.items, money.delivery, money.discount, money.credit, money.tax].map((value) => cents(value ?? 0))
  const linesMakeItems = money.lines.reduce((sum, line) => sum + cents(line), 0) === cents(money.items ?? NaN)
  return money.total !== null && rows.reduce((sum, value) => sum + value, 0) === cents(money.total) && linesMakeItems
}
