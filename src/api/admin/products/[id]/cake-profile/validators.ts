import { z } from "@medusajs/framework/zod"
import { EGG_OPTIONS } from "../../../../../types/cake/cake-options"

const uniqueNames = (items: { name: string }[]) =>
  new Set(items.map((i) => i.name.toLowerCase())).size === items.length

const money = z.number().min(0, "must not be negative").max(100000)

export const AdminUpsertCakeProfile = z.strictObject({
  flavour: z.string().trim().min(1, "must not be empty").max(100),
  egg_options: z
    .array(z.enum(EGG_OPTIONS))
    .min(1, "offer at least one of egg, eggless")
    .refine((o) => new Set(o).size === o.length, "egg_options must not repeat an option")
    .optional(),
  shapes: z
    .array(z.strictObject({ name: z.string().trim().min(1, "must not be empty").max(50), surcharge: money }))
    .max(20)
    .refine(uniqueNames, "shapes: each name must be unique")
    .optional(),
  toppings: z
    .array(z.strictObject({ name: z.string().trim().min(1, "must not be empty").max(50), price: money }))
    .max(50)
    .refine(uniqueNames, "toppings: each name must be unique")
    .optional(),
  max_message_length: z.number().int().min(0, "must not be negative").max(200).optional(),
  is_available: z.boolean().optional(),
  lead_time_minutes: z.number().int().min(0, "must not be negative").max(60 * 24 * 60).nullish(),
}).partial({ flavour: true })
export type AdminUpsertCakeProfileType = z.infer<typeof AdminUpsertCakeProfile>
