import type { OpeningHours } from "../types/bakery/opening-hours"
import { EmailSender } from "./layout"

/** A cake line as emails show it. */
export type EmailCakeLine = {
  title: string
  variant: string | null
  quantity: number
  total: number
  customization: {
    message: string | null
    egg_version: string
    toppings: string[]
    shape: string | null
    notes: string | null
    /** A reference photo came with the cake: emails say so, never carry it. */
    has_photo?: boolean
  } | null
}

/** What every order email knows. */
export type OrderEmailData = {
  sender: EmailSender
  customer_name: string | null
  display_id: number | string
  currency_code: string
  items: EmailCakeLine[]
  subtotal: number
  shipping_total: number
  total: number
  slot: { starts_at: string; ends_at: string } | null
  timezone: string
  /** Estimated arrival, when the ETA engine has one. */
  eta_at?: string | null
  /** Collected from the bakery (`pickup`) or delivered (`delivery`, the default). */
  fulfillment?: "pickup" | "delivery"
  /** The bakery's opening hours, for a shopper who comes to collect. */
  opening_hours?: OpeningHours[]
}
