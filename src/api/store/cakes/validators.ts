import { z } from "@medusajs/framework/zod"
import { EGG_OPTIONS } from "../../../types/cake/cake-options"
import { CakeProfile } from "../../admin/products/[id]/cake-profile/validators"
import { findParamsShape, pageAnswerShape, queryBoolean, selectParamsShape } from "../../utils/find-params"

export const StoreGetCakesParams = z.strictObject({
  ...findParamsShape,
  region_id: z.string().min(1).optional().meta({ description: "Prices variants in this region (`calculated_price`)." }),
  bakery_id: z.string().min(1).optional().meta({ description: "Cakes of this bakery." }),
  flavour: z.string().trim().min(1).max(100).optional().meta({ description: "The cake profile's flavour." }),
  size: z.string().trim().min(1).max(100).optional().meta({ description: "A variant's Size option value, e.g. `8 inch`." }),
  egg_option: z.enum(EGG_OPTIONS).optional().meta({ description: "Cakes that can be baked this way." }),
  is_available: queryBoolean.optional().meta({ description: "`false` lists unavailable cakes instead of available ones." }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Medusa's product text search (title, description, ...)." }),
})
export type StoreGetCakesParamsType = z.infer<typeof StoreGetCakesParams>

export const StoreGetCakeParams = z.strictObject({
  ...selectParamsShape,
  region_id: z.string().min(1).optional().meta({ description: "Prices variants in this region (`calculated_price`)." }),
})
export type StoreGetCakeParamsType = z.infer<typeof StoreGetCakeParams>

/** A variant's price in the requested region, as Medusa's pricing module calculates it (only with `region_id`). */
const CalculatedPrice = z
  .looseObject({
    calculated_amount: z.number().nullable().meta({ description: "What the shopper pays, in the currency's main unit." }),
    original_amount: z.number().nullable(),
    currency_code: z.string().nullable(),
    is_calculated_price_tax_inclusive: z.boolean().optional(),
  })
  .meta({ id: "CalculatedPrice", description: "Medusa's calculated price of a variant (more of Medusa's price fields may follow)." })

/** A cake on the shop: the product, its sizes with prices, its bakery and its cake profile. */
export const StoreCake = z
  .object({
    id: z.string(),
    title: z.string(),
    subtitle: z.string().nullable(),
    handle: z.string(),
    description: z.string().nullable(),
    thumbnail: z.string().nullable(),
    images: z.array(z.looseObject({ id: z.string(), url: z.string() })),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
    variants: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        sku: z.string().nullable(),
        options: z.array(z.object({ value: z.string(), option: z.object({ title: z.string() }).nullable().optional() })),
        calculated_price: CalculatedPrice.optional(),
      })
    ),
    bakery: z
      .object({ id: z.string(), name: z.string(), handle: z.string(), city: z.string().nullable(), lead_time_minutes: z.number().int() })
      .nullable(),
    cake_profile: CakeProfile.nullable(),
  })
  .meta({ id: "StoreCake", description: "A cake: its sizes (variants, option Size) with prices, its bakery and its cake profile." })

export const StoreCakesResponse = z.object({ cakes: z.array(StoreCake), ...pageAnswerShape })
export const StoreCakeResponse = z.object({ cake: StoreCake })
