import { z } from "@medusajs/framework/zod"
import { EGG_OPTIONS } from "../../../types/cake/cake-options"
import { findParamsShape, queryBoolean, selectParamsShape } from "../../find-params"

export const StoreGetCakesParams = z.strictObject({
  ...findParamsShape,
  region_id: z.string().min(1).optional(),
  bakery_id: z.string().min(1).optional(),
  flavour: z.string().trim().min(1).max(100).optional(),
  size: z.string().trim().min(1).max(100).optional(),
  egg_option: z.enum(EGG_OPTIONS).optional(),
  is_available: queryBoolean.optional(),
  q: z.string().trim().min(1).max(200).optional(),
})
export type StoreGetCakesParamsType = z.infer<typeof StoreGetCakesParams>

export const StoreGetCakeParams = z.strictObject({
  ...selectParamsShape,
  region_id: z.string().min(1).optional(),
})
export type StoreGetCakeParamsType = z.infer<typeof StoreGetCakeParams>
