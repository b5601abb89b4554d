import { z } from "@medusajs/framework/zod"
import { findParamsShape } from "../../../../find-params"

export const StoreGetCakeCustomizationsParams = z.strictObject(findParamsShape)
export type StoreGetCakeCustomizationsParamsType = z.infer<typeof StoreGetCakeCustomizationsParams>
