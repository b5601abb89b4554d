import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../utils/zoned-time"
import { findParamsShape, pageAnswerShape, selectParamsShape } from "../../utils/find-params"

export const StoreGetBakeriesParams = z.strictObject({
  ...findParamsShape,
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Searches name, description and city." }),
  city: z.string().trim().min(1).max(200).optional().meta({ description: "The bakery's city, case-insensitive." }),
})
export type StoreGetBakeriesParamsType = z.infer<typeof StoreGetBakeriesParams>

export const StoreGetBakeryParams = z.strictObject(selectParamsShape)
export type StoreGetBakeryParamsType = z.infer<typeof StoreGetBakeryParams>

export const StoreGetDeliverySlotsParams = z.strictObject({
  date: z
    .string()
    .refine(isCalendarDate, "date must be a calendar date written YYYY-MM-DD")
    .meta({ description: "The day, YYYY-MM-DD, in the bakery's time zone; not in the past." }),
  cart_id: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "The shopper's cart: its cakes count against capacity and its slowest cake's lead time applies." }),
})
export type StoreGetDeliverySlotsParamsType = z.infer<typeof StoreGetDeliverySlotsParams>

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
  })
  .meta({ id: "StoreBakery", description: "A bakery's shop front." })

export const StoreBakeriesResponse = z.object({ bakeries: z.array(StoreBakery), ...pageAnswerShape })
export const StoreBakeryResponse = z.object({ bakery: StoreBakery })

export const DeliveryWindow = z
  .object({
    starts_at: z.iso.datetime(),
    ends_at: z.iso.datetime(),
    available: z.boolean(),
    unavailable_reason: z
      .enum(["lead_time", "capacity"])
      .optional()
      .meta({ description: "Why the window cannot be booked: too soon for the bakery to bake, or the day is full." }),
  })
  .meta({ id: "DeliveryWindow", description: "A two-hour delivery window of a bakery on one day." })

export const StoreDeliverySlotsResponse = z.object({ slots: z.array(DeliveryWindow) })
