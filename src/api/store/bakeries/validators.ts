import { z } from "@medusajs/framework/zod"
import { isCalendarDate, daysBetween } from "../../../utils/zoned-time"
import { UNAVAILABLE_REASONS } from "../../../workflows/delivery/rules/delivery-slots"
import { FULFILLMENT_KINDS } from "../../../types/fulfillment/fulfillment"
import { findParamsShape, pageAnswerShape, selectParamsShape } from "../../utils/find-params"

export const StoreGetBakeriesParams = z.strictObject({
  ...findParamsShape,
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Searches name, description and city." }),
  city: z.string().trim().min(1).max(200).optional().meta({ description: "The bakery's city, case-insensitive." }),
})
export type StoreGetBakeriesParamsType = z.infer<typeof StoreGetBakeriesParams>

export const StoreGetBakeryParams = z.strictObject(selectParamsShape)
export type StoreGetBakeryParamsType = z.infer<typeof StoreGetBakeryParams>

const calendarDate = (field: string, description: string) =>
  z.string().refine(isCalendarDate, `${field} must be a calendar date written YYYY-MM-DD`).meta({ description })

const slotListingShape = {
  fulfillment: z
    .enum(FULFILLMENT_KINDS, { error: "fulfillment must be pickup or delivery" })
    .optional()
    .meta({ description: "Collected from the bakery (`pickup`) or delivered (`delivery`, the default)." }),
  cart_id: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "The shopper's cart: its cakes count against capacity and its slowest cake's lead time applies." }),
}

export const StoreGetDeliverySlotsParams = z.strictObject({
  date: calendarDate("date", "The day, YYYY-MM-DD, in the bakery's time zone; not in the past."),
  ...slotListingShape,
})
export type StoreGetDeliverySlotsParamsType = z.infer<typeof StoreGetDeliverySlotsParams>

export const CALENDAR_MAX_DAYS = 62

export const StoreGetBakeryCalendarParams = z
  .strictObject({
    from: calendarDate("from", "The first day, YYYY-MM-DD, in the bakery's time zone; not in the past."),
    to: calendarDate("to", `The last day (included), YYYY-MM-DD; at most ${CALENDAR_MAX_DAYS} days after \`from\` counting both.`),
    ...slotListingShape,
  })
  .superRefine(({ from, to }, ctx) => {
    if (!isCalendarDate(from) || !isCalendarDate(to)) return
    if (to < from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `to (${to}) must not be before from (${from})` })
    } else if (daysBetween(from, to) > CALENDAR_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `from ${from} to ${to} is more than ${CALENDAR_MAX_DAYS} days; ask for a shorter range` })
    }
  })
export type StoreGetBakeryCalendarParamsType = z.infer<typeof StoreGetBakeryCalendarParams>

const OpeningHours = z
  .object({
    weekday: z.number().int().min(1).max(7).meta({ description: "ISO weekday: Monday = 1 … Sunday = 7." }),
    opens: z.string().meta({ description: "HH:MM, 24-hour clock, in the bakery's time zone.", examples: ["09:00"] }),
    closes: z.string().meta({ examples: ["19:00"] }),
  })
  .meta({ id: "OpeningHours", description: "One weekday's opening window, in the bakery's own time zone." })

export const DeliveryFee = z
  .object({
    currency_code: z.string().meta({ examples: ["gbp"] }),
    base: z.number().meta({ description: "Charged on every delivery, in the currency's main unit." }),
    per_km: z.number().meta({ description: "Added per km of road distance." }),
    free_over: z
      .number()
      .nullable()
      .optional()
      .meta({ description: "Delivery is free once the cart's item subtotal reaches this; absent or null: never free." }),
  })
  .meta({ id: "DeliveryFee", description: "What the bakery charges to deliver, in one currency." })

/** What a shopper sees of a bakery: its shop front, not its capacity, status or metadata. */
export const StoreBakery = z
  .object({
    id: z.string(),
    name: z.string(),
    handle: z.string(),
    description: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address_1: z.string().nullable(),
    address_2: z.string().nullable(),
    city: z.string().nullable(),
    province: z.string().nullable(),
    postal_code: z.string().nullable(),
    country_code: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    timezone: z.string().meta({ description: "IANA time zone the opening hours and windows are read in.", examples: ["Europe/London"] }),
    opening_hours: z.array(OpeningHours),
    lead_time_minutes: z.number().int().meta({ description: "The earliest delivery is this long after ordering." }),
    delivery_radius_km: z.number().nullable(),
    pickup_enabled: z.boolean().meta({ description: "Whether shoppers may collect from the bakery." }),
    order_cutoff: z
      .string()
      .nullable()
      .meta({ description: "HH:MM in the bakery's time zone: once past, the next day can no longer be booked.", examples: ["14:00"] }),
    delivery_fees: z.array(DeliveryFee),
    deposit: z
      .object({ percent: z.number() })
      .nullable()
      .meta({ description: "Share of the order paid at checkout (a cake's own deposit wins); null or 0 = paid in full." }),
    balance_due_days: z.number().int().nullable().meta({ description: "With a deposit: the balance is due this many days before the slot." }),
    cancellation_window_hours: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Shoppers may cancel (POST /store/orders/{id}/cancel) until this many hours before the slot; null = they cannot." }),
  })
  .meta({ id: "StoreBakery", description: "A bakery's shop front." })

export const StoreBakeriesResponse = z.object({ bakeries: z.array(StoreBakery), ...pageAnswerShape })
export const StoreBakeryResponse = z.object({ bakery: StoreBakery })

const unavailableReason = z.enum(UNAVAILABLE_REASONS).meta({
  description:
    "Why it cannot be booked: the window has started (`past`), the bakery is closed that day (`closed`), it is too soon to bake (`lead_time`), orders for the day closed at the bakery's cut-off (`cutoff`), or the day or window is `full`.",
})
const closureReason = z.string().nullable().optional().meta({ description: "With `closed` because of a closure: the reason the bakery gave." })

export const DeliveryWindow = z
  .object({
    starts_at: z.iso.datetime(),
    ends_at: z.iso.datetime(),
    available: z.boolean(),
    unavailable_reason: unavailableReason.optional(),
    closure_reason: closureReason,
  })
  .meta({ id: "DeliveryWindow", description: "A two-hour delivery or collection window of a bakery on one day." })

export const StoreDeliverySlotsResponse = z.object({ slots: z.array(DeliveryWindow) })

export const CalendarDay = z
  .object({
    date: z.string().meta({ description: "YYYY-MM-DD in the bakery's time zone." }),
    available_windows: z.number().int().meta({ description: "Windows that can still be booked that day." }),
    reason: unavailableReason
      .optional()
      .meta({ description: "Only when `available_windows` is 0: why (`closed` too on a day the bakery does not open)." }),
    closure_reason: closureReason,
  })
  .meta({ id: "CalendarDay", description: "One day of a bakery's calendar: what the day's window listing sums up to." })

export const StoreBakeryCalendarResponse = z.object({ days: z.array(CalendarDay) })
