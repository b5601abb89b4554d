import { z } from "@medusajs/framework/zod"
import { findParamsShape, pageAnswerShape } from "../../../../utils/find-params"
import { CakeCustomization } from "../../../carts/validators"

export const StoreGetCakeCustomizationsParams = z.strictObject(findParamsShape)
export type StoreGetCakeCustomizationsParamsType = z.infer<typeof StoreGetCakeCustomizationsParams>

/** A customisation the shopper has made, with the cake it was for. */
export const StoreCakeCustomization = CakeCustomization.extend({
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  product: z.object({ id: z.string(), title: z.string(), handle: z.string(), thumbnail: z.string().nullable() }).nullable(),
}).meta({ id: "StoreCakeCustomization" })

export const StoreCakeCustomizationsResponse = z.object({ cake_customizations: z.array(StoreCakeCustomization), ...pageAnswerShape })
