import { MathBN } from "@medusajs/framework/utils"
import { fulfillmentKind } from "../../delivery/rules/collection-status"

/** What the bake sheet reads of an order, for a query.graph on `order`. */
export const bakeSheetOrderFields = [
  "id",
  "display_id",
  "status",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "billing_address.first_name",
  "billing_address.last_name",
  "billing_address.phone",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "items.id",
  "items.product_id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.detail.quantity",
  "items.cake_customization.message",
  "items.cake_customization.egg_version",
  "items.cake_customization.shape",
  "items.cake_customization.toppings",
  "items.cake_customization.notes",
  "shipping_methods.data",
  "delivery_slot.starts_at",
  "delivery_slot.ends_at",
]

export type BakeSheetCustomization = {
  message: string | null
  egg_version: string | null
  shape: string | null
  toppings: string[]
  notes: string | null
}

export type BakeSheetItem = {
  title: string | null
  variant_title: string | null
  quantity: number
  customization: BakeSheetCustomization | null
}

/** What is still owed on an order (deposit orders): shown so staff collect it on the day. */
export type BakeSheetBalance = {
  currency_code: string
  paid: number
  due: number
  due_at: string | null
  /** Something is owed and its due time has passed. */
  unpaid_at_cutoff: boolean
}

export type BakeSheetTicket = {
  order_id: string
  display_id: number
  slot: { starts_at: string; ends_at: string } | null
  fulfillment: "pickup" | "delivery"
  customer: { first_name: string | null; last_name: string | null; phone: string | null }
  items: BakeSheetItem[]
  notes: string | null
  balance: BakeSheetBalance | null
}

export type BakeSheetTotal = {
  product_id: string | null
  title: string | null
  variant_title: string | null
  shape: string | null
  egg_version: string | null
  quantity: number
}

export type BakeSheet = { bakery_id: string; date: string; totals: BakeSheetTotal[]; tickets: BakeSheetTicket[] }

/** A line's quantity as ordered now (order edits included). */
const quantityOf = (item: any) => MathBN.convert(item?.detail?.quantity ?? item?.quantity ?? 0).toNumber()

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)

/** One order's ticket: its window, collect or deliver, whom it is for and each cake with its customisation. */
export function bakeSheetTicket(order: any, balance: BakeSheetBalance | null = null): BakeSheetTicket {
  const person = [order.shipping_address, order.billing_address, order.customer].find((p) => p && (p.first_name || p.last_name)) ?? {}
  const phone = [order.shipping_address, order.billing_address, order.customer].map((p) => text(p?.phone)).find(Boolean) ?? null
  const items: BakeSheetItem[] = (order.items ?? [])
    .filter((item: any) => item && quantityOf(item) > 0)
    .map((item: any) => {
      const c = item.cake_customization
      return {
        title: item.product_title ?? null,
        variant_title: item.variant_title ?? null,
        quantity: quantityOf(item),
        customization: c
          ? { message: text(c.message), egg_version: c.egg_version ?? null, shape: text(c.shape), toppings: c.toppings ?? [], notes: text(c.notes) }
          : null,
      }
    })
  const notes = [...new Set(items.map((item) => item.customization?.notes).filter((n): n is string => !!n))]
  const slot = order.delivery_slot
  return {
    order_id: order.id,
    display_id: order.display_id,
    slot: slot ? { starts_at: iso(slot.starts_at)!, ends_at: iso(slot.ends_at)! } : null,
    fulfillment: fulfillmentKind(order),
    customer: { first_name: text(person.first_name), last_name: text(person.last_name), phone },
    items,
    notes: notes.length ? notes.join("\n") : null,
    balance,
  }
}

/**
 * A bakery's production sheet for a day: the orders booked that day that are not
 * cancelled, one ticket each, soonest window first; and the totals to bake, one
 * row per cake, size, shape and egg version (summed over every ticket).
 */
export function bakeSheet(input: { bakery_id: string; date: string; orders: any[]; balances?: Record<string, BakeSheetBalance> }): BakeSheet {
  const tickets = input.orders
    .filter((order) => order && order.status !== "canceled")
    .map((order) => ({ order, ticket: bakeSheetTicket(order, input.balances?.[order.id] ?? null) }))
    .sort((a, b) => {
      const start = (t: BakeSheetTicket) => (t.slot ? new Date(t.slot.starts_at).getTime() : Infinity)
      return start(a.ticket) - start(b.ticket) || a.ticket.display_id - b.ticket.display_id
    })
  const totals = new Map<string, BakeSheetTotal>()
  for (const { order } of tickets) {
    for (const item of order.items ?? []) {
      const quantity = quantityOf(item)
      if (!item || quantity <= 0) continue
      const row = {
        product_id: item.product_id ?? null,
        title: item.product_title ?? null,
        variant_title: item.variant_title ?? null,
        shape: text(item.cake_customization?.shape),
        egg_version: item.cake_customization?.egg_version ?? null,
      }
      const key = JSON.stringify(row)
      const total = totals.get(key) ?? { ...row, quantity: 0 }
      total.quantity += quantity
      totals.set(key, total)
    }
  }
  const order = (value: string | null) => value ?? "\uffff"
  return {
    bakery_id: input.bakery_id,
    date: input.date,
    totals: [...totals.values()].sort(
      (a, b) =>
        order(a.title).localeCompare(order(b.title)) ||
        order(a.variant_title).localeCompare(order(b.variant_title)) ||
        order(a.shape).localeCompare(order(b.shape)) ||
        order(a.egg_version).localeCompare(order(b.egg_version))
    ),
    tickets: tickets.map(({ ticket }) => ticket),
  }
}

/** Characters a spreadsheet reads as the start of a formula (or that hide one). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A CSV cell: a value a spreadsheet would run as a formula gets a leading `'` so
 * it stays text; a cell with a comma, quote or line break is quoted.
 */
export function csvCell(value: unknown): string {
  let cell = value === null || value === undefined ? "" : String(value)
  if (FORMULA_START.test(cell)) {
    cell = `'${cell}`
  }
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

export const BAKE_SHEET_CSV_COLUMNS = [
  "display_id",
  "window_starts_at",
  "window_ends_at",
  "fulfillment",
  "first_name",
  "last_name",
  "phone",
  "title",
  "variant_title",
  "quantity",
  "shape",
  "egg_version",
  "toppings",
  "message",
  "notes",
  "balance_due",
  "balance_unpaid_at_cutoff",
] as const

/** The sheet as CSV: a header, then one row per cake (an order line), tickets in window order. */
export function bakeSheetCsv(sheet: BakeSheet): string {
  const rows: unknown[][] = [[...BAKE_SHEET_CSV_COLUMNS]]
  for (const ticket of sheet.tickets) {
    for (const item of ticket.items) {
      rows.push([
        ticket.display_id,
        ticket.slot?.starts_at,
        ticket.slot?.ends_at,
        ticket.fulfillment,
        ticket.customer.first_name,
        ticket.customer.last_name,
        ticket.customer.phone,
        item.title,
        item.variant_title,
        item.quantity,
        item.customization?.shape,
        item.customization?.egg_version,
        item.customization?.toppings.join("; "),
        item.customization?.message,
        item.customization?.notes,
        ticket.balance?.due ? `${ticket.balance.due} ${ticket.balance.currency_code.toUpperCase()}` : "",
        ticket.balance?.unpaid_at_cutoff ? "yes" : "",
      ])
    }
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
