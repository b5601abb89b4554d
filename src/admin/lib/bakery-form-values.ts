import type { AdminBakery, AdminCreateBakeryBody } from "../../types/bakery/http"
import type { DeliveryFee } from "../../types/bakery/delivery-fee"
import type { OpeningHours } from "../../types/bakery/opening-hours"

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const

export const TEXT_FIELDS = [
  "name",
  "handle",
  "description",
  "email",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "timezone",
  "order_cutoff",
] as const

export const NUMBER_FIELDS = [
  "latitude",
  "longitude",
  "lead_time_minutes",
  "daily_capacity",
  "window_capacity",
  "delivery_radius_km",
  "balance_due_days",
  "cancellation_window_hours",
] as const

export type DayHours = { open: boolean; opens: string; closes: string }

/** One currency's delivery fee as the inputs hold it (main currency units; `free_over` empty = never free). */
export type FeeRow = Record<keyof DeliveryFee, string>

/** A bakery form as the inputs hold it: text, a row per weekday and a row per delivery currency. */
export type BakeryFormValues = Record<(typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number], string> & {
  is_active: boolean
  pickup_enabled: boolean
  /** The deposit's percent as typed; empty = paid in full. */
  deposit: string
  hours: DayHours[]
  delivery_fees: FeeRow[]
}

export const BAKERY_FORM_FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS, "is_active", "pickup_enabled", "deposit", "opening_hours", "delivery_fees"] as const

/** A blank fee row, as "Add currency" adds it. */
export const emptyFeeRow = (): FeeRow => ({ currency_code: "", base: "", per_km: "", free_over: "" })

export function formValuesOf(bakery?: AdminBakery | null): BakeryFormValues {
  const text = (value: unknown) => (value === null || value === undefined ? "" : String(value))
  const values = Object.fromEntries(
    [...TEXT_FIELDS, ...NUMBER_FIELDS].map((field) => [field, text(bakery?.[field])])
  ) as unknown as BakeryFormValues
  values.timezone ||= "Europe/London"
  values.is_active = bakery?.is_active ?? true
  values.pickup_enabled = bakery?.pickup_enabled ?? true
  values.deposit = text(bakery?.deposit?.percent)
  values.delivery_fees = (bakery?.delivery_fees ?? []).map((fee) => ({
    currency_code: fee.currency_code.toUpperCase(),
    base: text(fee.base),
    per_km: text(fee.per_km),
    free_over: text(fee.free_over),
  }))
  values.hours = WEEKDAYS.map((_, index) => {
    const day = bakery?.opening_hours?.find((h) => h.weekday === index + 1)
    return day ? { open: true, opens: day.opens, closes: day.closes } : { open: false, opens: "09:00", closes: "17:00" }
  })
  return values
}

/** A number when the input holds one; otherwise the text as typed, so the API can say what is wrong with it. */
const numberOrText = (value: string) => (value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value)

/**
 * The request body for the form. On create, empty inputs are left out so the API's
 * defaults apply; on edit, an emptied input clears the field (null).
 */
export function bodyOf(values: BakeryFormValues, mode: "create" | "edit"): AdminCreateBakeryBody {
  const body: Record<string, unknown> = {}
  for (const field of [...TEXT_FIELDS, ...NUMBER_FIELDS]) {
    const value = values[field].trim()
    if (value === "") {
      if (mode === "edit" && field !== "name" && field !== "handle" && field !== "timezone" && field !== "lead_time_minutes") {
        body[field] = null
      }
      continue
    }
    body[field] = (NUMBER_FIELDS as readonly string[]).includes(field) ? numberOrText(value) : value
  }
  body.is_active = values.is_active
  body.pickup_enabled = values.pickup_enabled
  const deposit = values.deposit.trim()
  if (deposit !== "") {
    body.deposit = { percent: numberOrText(deposit) }
  } else if (mode === "edit") {
    body.deposit = null
  }
  body.delivery_fees = values.delivery_fees.map((row) => {
    const fee: Record<string, unknown> = {
      currency_code: row.currency_code.trim(),
      base: numberOrText(row.base.trim()),
      per_km: numberOrText(row.per_km.trim()),
    }
    if (row.free_over.trim() !== "") {
      fee.free_over = numberOrText(row.free_over.trim())
    }
    return fee
  })
  body.opening_hours = values.hours
    .map((day, index): OpeningHours | null => (day.open ? { weekday: index + 1, opens: day.opens, closes: day.closes } : null))
    .filter((day): day is OpeningHours => day !== null)
  return body as AdminCreateBakeryBody
}
