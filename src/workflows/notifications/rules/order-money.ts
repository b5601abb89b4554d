import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { EmailMoney } from "../../../emails/order-email-data"

/** The order totals an email's money lines are made from (Medusa 2.21's order totals; read them all with `orderMoneyFields`). */
export const orderMoneyFields = [
  "currency_code",
  "total",
  "item_subtotal",
  "original_item_total",
  "shipping_subtotal",
  "original_shipping_total",
  "discount_total",
  "discount_tax_total",
  "tax_total",
  "credit_line_total",
  "items.subtotal",
  "items.original_total",
  "items.is_tax_inclusive",
  "shipping_methods.is_tax_inclusive",
]

type Amount = BigNumberInput | null | undefined

export type OrderTotals = {
  currency_code: string
  total?: Amount
  item_subtotal?: Amount
  original_item_total?: Amount
  shipping_subtotal?: Amount
  original_shipping_total?: Amount
  discount_total?: Amount
  discount_tax_total?: Amount
  tax_total?: Amount
  credit_line_total?: Amount
  items?: ({ subtotal?: Amount; original_total?: Amount; is_tax_inclusive?: boolean | null } | null)[] | null
  shipping_methods?: ({ is_tax_inclusive?: boolean | null } | null)[] | null
}

const amount = (value: Amount) => (value === null || value === undefined ? 0 : MathBN.convert(value).toNumber())

/** The currency's minor unit digits (2 for GBP, 0 for JPY), as Intl knows them; 2 for a code it does not know. */
export function currencyDigits(currencyCode: string | null | undefined) {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: String(currencyCode).toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

const roundTo = (digits: number) => (value: number) => {
  const factor = 10 ** digits
  return Math.round(value * factor + Number.EPSILON * Math.sign(value)) / factor
}

/**
 * Prices include tax when every line and delivery method was priced with tax in
 * (Medusa's `is_tax_inclusive`, from the region's or currency's price preference).
 */
export function pricesIncludeTax(order: Pick<OrderTotals, "items" | "shipping_methods">) {
  const lines = [...(order.items ?? []), ...(order.shipping_methods ?? [])].filter(Boolean)
  return lines.length > 0 && lines.every((line) => line!.is_tax_inclusive === true)
}

/**
 * What one cake line costs as the "Items" row counts it: before discounts; before
 * tax unless prices include it. Medusa's line `total` is after both, so lines
 * shown with it would not add up to any row.
 */
export function lineAmount(
  item: NonNullable<NonNullable<OrderTotals["items"]>[number]>,
  includesTax: boolean,
  currencyCode: string | null | undefined
) {
  return roundTo(currencyDigits(currencyCode))(amount(includesTax ? item.original_total : item.subtotal))
}

/**
 * An order's money as a shopper reads it, rows that add up to what was charged:
 * items + delivery - discount - credit + tax = total.
 *
 * Medusa's order `subtotal` is items and delivery together before discounts and
 * tax, so it is never shown. Prices without tax show the items and delivery
 * before tax (`item_subtotal`, `shipping_subtotal`), the discount before tax
 * (`discount_total - discount_tax_total`) and the tax on what is left
 * (`tax_total`). Prices with tax in show them as priced (`original_item_total`,
 * `original_shipping_total`), the discount with its tax (`discount_total`), and the
 * tax they include as `tax_included`, which is not added again. Each row is
 * rounded to the currency's minor unit; a rounding remainder (never more than a
 * minor unit or two) goes to the tax row, else the discount row, so the rows
 * always add up to the total.
 */
export function orderMoney(order: OrderTotals): EmailMoney {
  const round = roundTo(currencyDigits(order.currency_code))
  const includesTax = pricesIncludeTax(order)
  const money: EmailMoney = includesTax
    ? {
        items: round(amount(order.original_item_total)),
        delivery: round(amount(order.original_shipping_total)),
        discount: round(amount(order.discount_total)),
        credit: round(amount(order.credit_line_total)),
        tax: 0,
        total: round(amount(order.total)),
        tax_included: round(amount(order.tax_total)),
      }
    : {
        items: round(amount(order.item_subtotal)),
        delivery: round(amount(order.shipping_subtotal)),
        discount: round(amount(order.discount_total) - amount(order.discount_tax_total)),
        credit: round(amount(order.credit_line_total)),
        tax: round(amount(order.tax_total)),
        total: round(amount(order.total)),
        tax_included: 0,
      }
  const remainder = round(money.total - moneyRowsSum(money))
  if (remainder !== 0) {
    if (money.tax !== 0) {
      money.tax = round(money.tax + remainder)
    } else if (money.discount !== 0) {
      money.discount = round(money.discount - remainder)
    } else {
      money.items = round(money.items + remainder)
    }
  }
  return money
}

/** What the rows add up to: items + delivery - discount - credit + tax. */
export function moneyRowsSum(money: EmailMoney) {
  return money.items + money.delivery - money.discount - money.credit + money.tax
}
