import { z } from "@medusajs/framework/zod"
import { findParamsShape, selectParamsShape } from "../../find-params"

export const StoreGetBakeriesParams = z.strictObject({
  ...findParamsShape,
  q: z.string().trim().min(1).max(200).optional(),
  city: z.string().trim().min(1).max(200).optional(),
})
export type StoreGetBakeriesParamsType = z.infer<typeof StoreGetBakeriesParams>

export const StoreGetBakeryParams = z.strictObject(selectParamsShape)
export type StoreGetBakeryParamsType = z.infer<typeof StoreGetBakeryParams>
