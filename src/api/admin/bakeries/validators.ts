import { z } from "@medusajs/framework/zod"
import { daysBetween, isCalendarDate } from "../../../utils/zoned-time"
import { StoreBakery } from "../../store/bakeries/validators"
import { findParamsShape, pageAnswerShape, queryBoolean, selectParamsShape } from "../../utils/find-params"

const clock = (field: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `opening_hours ${field} must be a time as HH:MM (00:00-23:59)`)

const OpeningHours = z
  .strictObject({
    weekday: z.number().int().min(1, "must be 1 (Monday) to 7 (Sunday)").max(7, "must be 1 (Monday) to 7 (Sunday)"),
    opens: clock("opens"),
    closes: clock("closes"),
  })
  .refine((h) => h.opens < h.closes, { message: "opening_hours: opens must be before closes", path: ["closes"] })

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const amount = (field: string) =>
  z.number().min(0, `${field} must not be negative`).max(1_000_000, `${field} must be at most 1000000`)

const DeliveryFeeInput = z.strictObject({
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "delivery_fees currency_code must be a three-letter ISO currency code")
    .transform((c) => c.toLowerCase()),
  base: amount("base"),
  per_km: amount("per_km"),
  free_over: amount("free_over").nullish(),
})

const optionalText = (max: number) => z.string().trim().max(max).nullish()

const bakeryFields = {
  name: z.string().trim().min(1, "must not be empty").max(200),
  handle: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase letters, digits and single dashes, e.g. crumb-and-co"),
  description: optionalText(2000),
  email: z.email("email must be an email address").nullish(),
  phone: optionalText(50),
  address_1: optionalText(200),
  address_2: optionalText(200),
  city: optionalText(100),
  province: optionalText(100),
  postal_code: optionalText(20),
  country_code: z
    .string()
    .regex(/^[a-zA-Z]{2}$/, "country_code must be a two-letter ISO country code")
    .transform((c) => c.toLowerCase())
    .nullish(),
  latitude: z.number().min(-90, "must be between -90 and 90").max(90, "must be between -90 and 90").nullish(),
  longitude: z.number().min(-180, "must be between -180 and 180").max(180, "must be between -180 and 180").nullish(),
  timezone: z.string().refine(isTimeZone, "timezone must be an IANA time zone, e.g. Europe/London"),
  opening_hours: z.array(OpeningHours).max(21),
  lead_time_minutes: z.number().int().min(0, "must not be negative").max(60 * 24 * 60),
  // Bounded below PostgreSQL's integer limit, which would otherwise fail in the database as a 500.
  daily_capacity: z.number().int().min(1, "must be at least 1, or null for unlimited").max(100000, "must be at most 100000").nullish(),
  delivery_radius_km: z.number().positive("must be more than 0").max(500).nullish(),
  window_capacity: z.number().int().min(1, "must be at least 1, or null for unlimited").max(100000, "must be at most 100000").nullish(),
  order_cutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "order_cutoff must be a time as HH:MM (00:00-23:59), or null for none")
    .nullish(),
  pickup_enabled: z.boolean(),
  delivery_fees: z
    .array(DeliveryFeeInput)
    .max(50)
    .refine((fees) => new Set(fees.map((fee) => fee.currency_code)).size === fees.length, "delivery_fees: one row per currency"),
  deposit: z
    .strictObject({ percent: z.number().min(0, "deposit percent must be 0-100").max(100, "deposit percent must be 0-100") })
    .nullish()
    .meta({ description: "Share of the order paid at checkout; null or 0 = paid in full." }),
  balance_due_days: z.number().int().min(0, "must not be negative").max(365, "must be at most 365").nullish(),
  cancellation_window_hours: z.number().int().min(0, "must not be negative").max(24 * 365, "must be at most 8760").nullish(),
  is_active: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateBakery = z
  .strictObject({
    ...bakeryFields,
    handle: bakeryFields.handle.optional(),
    timezone: bakeryFields.timezone.optional(),
    opening_hours: bakeryFields.opening_hours.optional(),
    lead_time_minutes: bakeryFields.lead_time_minutes.optional(),
    pickup_enabled: bakeryFields.pickup_enabled.optional(),
    delivery_fees: bakeryFields.delivery_fees.optional(),
    is_active: bakeryFields.is_active.optional(),
  })
  .meta({ id: "AdminCreateBakery" })
export type AdminCreateBakeryType = z.infer<typeof AdminCreateBakery>

export const AdminUpdateBakery = z.strictObject(bakeryFields).partial().meta({ id: "AdminUpdateBakery" })
export type AdminUpdateBakeryType = z.infer<typeof AdminUpdateBakery>

export const AdminGetBakeriesParams = z.strictObject({
  ...findParamsShape,
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Searches name, description and city." }),
  city: z.string().trim().min(1).max(100).optional().meta({ description: "The bakery's city, case-insensitive." }),
  is_active: queryBoolean.optional().meta({ description: "`true` or `false`." }),
})
export type AdminGetBakeriesParamsType = z.infer<typeof AdminGetBakeriesParams>

export const AdminGetBakeryParams = z.strictObject(selectParamsShape)

export const AdminUpdateBakeryCakes = z
  .strictObject({
    add: z.array(z.string().min(1)).max(500).optional(),
    remove: z.array(z.string().min(1)).max(500).optional(),
  })
  .refine((b) => (b.add?.length ?? 0) + (b.remove?.length ?? 0) > 0, { message: "give product ids in add or remove" })
  .meta({ id: "AdminUpdateBakeryCakes" })
export type AdminUpdateBakeryCakesType = z.infer<typeof AdminUpdateBakeryCakes>

const DAY_MS = 24 * 60 * 60 * 1000
export const BAKERY_STATS_DEFAULT_DAYS = 30
export const BAKERY_STATS_MAX_DAYS = 366

const isoDateTime = z.iso.datetime({ offset: true })

/**
 * A window edge: a calendar date (midnight UTC; for `to`, the end of that day,
 * i.e. the next midnight, as the window's end is exclusive) or an ISO date-time
 * with its offset, so no server time zone is guessed.
 */
const windowEdge = (field: "from" | "to") =>
  z
    .string()
    .trim()
    .refine(
      (value) => isCalendarDate(value) || isoDateTime.safeParse(value).success,
      `${field} must be a date (YYYY-MM-DD) or an ISO date-time with an offset, e.g. 2026-11-01T09:00:00Z`
    )
    .transform((value) =>
      isCalendarDate(value)
        ? new Date(Date.parse(`${value}T00:00:00Z`) + (field === "to" ? DAY_MS : 0))
        : new Date(value)
    )

/** `from`/`to` of a bakery's stats; either may be left out: the window then ends now and spans 30 days. */
export const AdminGetBakeryStatsParams = z
  .strictObject({
    from: windowEdge("from")
      .optional()
      .meta({
        description:
          "Start of the window (inclusive): YYYY-MM-DD (midnight UTC) or an ISO date-time with offset. Default: 30 days before `to`.",
      }),
    to: windowEdge("to")
      .optional()
      .meta({ description: "End of the window (exclusive): YYYY-MM-DD (the end of that day, UTC) or an ISO date-time with offset. Default: now." }),
  })
  .transform(({ from, to }, ctx) => {
    const end = to ?? new Date()
    const start = from ?? new Date(end.getTime() - BAKERY_STATS_DEFAULT_DAYS * DAY_MS)
    if (start.getTime() >= end.getTime()) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: `from (${start.toISOString()}) must be before to (${end.toISOString()}${to ? "" : ", now"})`,
      })
      return z.NEVER
    }
    if (end.getTime() - start.getTime() > BAKERY_STATS_MAX_DAYS * DAY_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `The window from ${start.toISOString()} to ${end.toISOString()} is longer than ${BAKERY_STATS_MAX_DAYS} days; ask for a shorter one`,
      })
      return z.NEVER
    }
    return { from: start, to: end }
  })
export type AdminGetBakeryStatsParamsType = z.infer<typeof AdminGetBakeryStatsParams>

/** A cake a bakery bakes, as staff see it on the bakery. */
const AdminBakeryCake = z.object({
  id: z.string(),
  title: z.string(),
  handle: z.string(),
  status: z.string(),
  thumbnail: z.string().nullable(),
})

/** A bakery as staff see it: the shop front plus capacity, status and metadata; `products` on single-bakery answers. */
export const AdminBakery = StoreBakery.extend({
  daily_capacity: z.number().int().nullable().meta({ description: "Cakes per day; null = unlimited." }),
  window_capacity: z.number().int().nullable().meta({ description: "Cakes per window, on top of daily_capacity; null = unlimited." }),
  is_active: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  products: z.array(AdminBakeryCake).optional(),
}).meta({ id: "AdminBakery", description: "A bakery as staff see it." })

export const AdminBakeriesResponse = z.object({ bakeries: z.array(AdminBakery), ...pageAnswerShape })
export const AdminBakeryResponse = z.object({ bakery: AdminBakery })
export const AdminBakeryDeleteResponse = z.object({ id: z.string(), object: z.literal("bakery"), deleted: z.literal(true) })

export const AdminBakeryStats = z
  .object({
    bakery_id: z.string(),
    from: z.iso.datetime().meta({ description: "The window actually used; `to` is exclusive." }),
    to: z.iso.datetime(),
    orders: z.number().int().meta({ description: "Orders placed in the window and not cancelled." }),
    revenue: z
      .array(z.object({ currency_code: z.string(), amount: z.number() }))
      .meta({ description: "Their totals, one entry per currency (main unit), sorted by currency code." }),
    cakes_sold: z.number(),
    top_cakes: z
      .array(z.object({ product_id: z.string().nullable(), title: z.string(), quantity: z.number() }))
      .meta({ description: "At most five, most sold first; `product_id` is null once the product is deleted." }),
    delivered: z.number().int().meta({ description: "Orders with a slot whose every cake arrived." }),
    delivered_on_time: z.number().int().meta({ description: "Of those, delivered by the slot's end." }),
    on_time_share: z.number().nullable().meta({ description: "delivered_on_time / delivered; null when nothing was delivered." }),
  })
  .meta({ id: "AdminBakeryStats", description: "How a bakery did over a window." })

export const AdminBakeryStatsResponse = z.object({ stats: AdminBakeryStats })

const closureDay = (field: "from" | "to") =>
  z
    .string()
    .refine(isCalendarDate, `${field} must be a calendar date written YYYY-MM-DD`)
    .meta({ description: field === "from" ? "The first closed day, YYYY-MM-DD, in the bakery's time zone." : "The last closed day (included); `from` when left out." })

export const CLOSURE_MAX_DAYS = 366

export const AdminCreateBakeryClosure = z
  .strictObject({
    from: closureDay("from"),
    to: closureDay("to").optional(),
    reason: z.string().trim().max(500).nullish().meta({ description: "What shoppers read on the closed days, e.g. Christmas." }),
  })
  .transform(({ from, to, reason }, ctx) => {
    const last = to ?? from
    if (last < from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `to (${last}) must not be before from (${from})` })
      return z.NEVER
    }
    if (daysBetween(from, last) > CLOSURE_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `A closure is at most ${CLOSURE_MAX_DAYS} days; from ${from} to ${last} is longer` })
      return z.NEVER
    }
    return { from, to: last, reason: reason || null }
  })
  .meta({ id: "AdminCreateBakeryClosure" })
export type AdminCreateBakeryClosureType = z.infer<typeof AdminCreateBakeryClosure>

export const AdminClosureAffectedOrder = z
  .object({
    id: z.string(),
    display_id: z.number().int(),
    slot: z.object({ starts_at: z.iso.datetime(), ends_at: z.iso.datetime() }),
  })
  .meta({ id: "AdminClosureAffectedOrder", description: "A placed, not cancelled order booked on a closed day." })

export const AdminBakeryClosure = z
  .object({
    id: z.string(),
    bakery_id: z.string(),
    from: z.string().meta({ description: "The first closed day, YYYY-MM-DD." }),
    to: z.string().meta({ description: "The last closed day, included." }),
    reason: z.string().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "AdminBakeryClosure", description: "Days a bakery takes no orders for." })

export const AdminBakeryClosuresResponse = z.object({
  closures: z.array(AdminBakeryClosure.extend({ affected_orders: z.array(AdminClosureAffectedOrder) })),
})
export const AdminBakeryClosureResponse = z.object({ closure: AdminBakeryClosure, affected_orders: z.array(AdminClosureAffectedOrder) })
export const AdminBakeryClosureDeleteResponse = z.object({ id: z.string(), object: z.literal("bakery_closure"), deleted: z.literal(true) })
