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
  deposit: z
    .strictObject({ percent: z.number().min(0, "deposit percent must be 0-100").max(100, "deposit percent must be 0-100") })
    .nullish()
    .meta({ description: "This cake's deposit, winning over the bakery's; null = the bakery's." }),
  photo: z
    .strictObject({ accepted: z.boolean(), price: money.default(0) })
    .meta({ description: "Whether shoppers may send a reference photo for this cake, and what it adds to the line (main unit)." })
    .optional(),
})
  .partial({ flavour: true })
  .meta({ id: "AdminUpsertCakeProfile" })
export type AdminUpsertCakeProfileType = z.infer<typeof AdminUpsertCakeProfile>

/** A cake's cake-only fields, as the shop and staff see them. */
export const CakeProfile = z
  .object({
    id: z.string(),
    flavour: z.string(),
    egg_options: z.array(z.enum(EGG_OPTIONS)).meta({ description: "How the cake can be baked: with eggs, without, or both." }),
    shapes: z.array(z.object({ name: z.string(), surcharge: z.number() })).meta({ description: "Amounts in the currency's main unit." }),
    toppings: z.array(z.object({ name: z.string(), price: z.number() })),
    max_message_length: z.number().int().meta({ description: "0: the cake takes no message." }),
    is_available: z.boolean(),
    lead_time_minutes: z.number().int().nullable().meta({ description: "This cake's own lead time, when longer than the bakery's." }),
    photo: z
      .object({ accepted: z.boolean(), price: z.number() })
      .meta({ description: "Whether the cake takes a reference photo (`POST /store/carts/{id}/cakes/{line_id}/photo`) and its price, added to the line like a topping." }),
    deposit: z
      .object({ percent: z.number() })
      .nullable()
      .optional()
      .meta({ description: "The share paid at checkout for this cake, winning over the bakery's; null = the bakery's." }),
  })
  .meta({ id: "CakeProfile" })

export const AdminCakeProfileResponse = z.object({
  cake_profile: CakeProfile.extend({ created_at: z.iso.datetime(), updated_at: z.iso.datetime() }),
})
