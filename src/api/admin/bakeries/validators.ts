import { z } from "@medusajs/framework/zod"
import { findParamsShape, queryBoolean, selectParamsShape } from "../../find-params"

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
  daily_capacity: z.number().int().min(1, "must be at least 1, or null for unlimited").nullish(),
  delivery_radius_km: z.number().positive("must be more than 0").max(500).nullish(),
  is_active: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateBakery = z.strictObject({
  ...bakeryFields,
  handle: bakeryFields.handle.optional(),
  timezone: bakeryFields.timezone.optional(),
  opening_hours: bakeryFields.opening_hours.optional(),
  lead_time_minutes: bakeryFields.lead_time_minutes.optional(),
  is_active: bakeryFields.is_active.optional(),
})
export type AdminCreateBakeryType = z.infer<typeof AdminCreateBakery>

export const AdminUpdateBakery = z.strictObject(bakeryFields).partial()
export type AdminUpdateBakeryType = z.infer<typeof AdminUpdateBakery>

export const AdminGetBakeriesParams = z.strictObject({
  ...findParamsShape,
  q: z.string().trim().min(1).max(200).optional(),
  city: z.string().trim().min(1).max(100).optional(),
  is_active: queryBoolean.optional(),
})
export type AdminGetBakeriesParamsType = z.infer<typeof AdminGetBakeriesParams>

export const AdminGetBakeryParams = z.strictObject(selectParamsShape)

export const AdminUpdateBakeryCakes = z
  .strictObject({
    add: z.array(z.string().min(1)).max(500).optional(),
    remove: z.array(z.string().min(1)).max(500).optional(),
  })
  .refine((b) => (b.add?.length ?? 0) + (b.remove?.length ?? 0) > 0, { message: "give product ids in add or remove" })
export type AdminUpdateBakeryCakesType = z.infer<typeof AdminUpdateBakeryCakes>
