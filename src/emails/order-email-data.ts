import type { OpeningHours } from "../types/bakery/opening-hours"
import { EmailSender } from "./layout"

/** A cake line as emails show it. */
export type EmailCakeLine = {
  title: string
  variant: string | null
  quantity: number
  /** What the line adds to the "Items" row: before discounts, and before tax unless prices include it. */
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

/**
 * An order's money in the order's currency, rows that add up:
 * items + delivery - discount - credit + tax = total.
 */
export type EmailMoney = {
  /** The cakes, before discounts (and before tax unless prices include it). */
  items: number
  /** Delivery, before discounts; 0 when collected. */
  delivery: number
  /** Taken off by promotions, a positive amount. */
  discount: number
  /** Store credit used, a positive amount. */
  credit: number
  /** Tax added on top; 0 when prices include tax. */
  tax: number
  total: number
  /** Tax the prices already include: said, not added again. */
  tax_included: number
}

/** What every order email knows. */
export type OrderEmailData = {
  sender: EmailSender
  customer_name: string | null
  display_id: number | string
  currency_code: string
  items: EmailCakeLine[]
  money: EmailMoney
  slot: { starts_at: string; ends_at: string } | null
  timezone: string
  /** Estimated arrival, when the ETA engine has one. */
  eta_at?: string | null
  /** Collected from the bakery (`pickup`) or delivered (`delivery`, the default). */
  fulfillment?: "pickup" | "delivery"
  /** The storefront's page that follows this order live (README: Emails). */
  tracking_url?: string | null
  /** The bakery's opening hours, for a shopper who comes to collect. */
  opening_hours?: OpeningHours[]
  /** Money that changed hands (Medusa's order summary): captured less refunds, and refunds. */
  payments?: { paid: number; refunded: number }
  /** A balance asked for: what is due, by when (ISO) and the storefront page that takes it (README: Deposits and cancellation). */
  balance?: { due: number; due_at: string | null; pay_url: string }
}
