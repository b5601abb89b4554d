import { z } from "@medusajs/framework/zod"
import { EGG_OPTIONS, MAX_CAKES_PER_LINE } from "../../../types/cake/cake-options"
import { selectParamsShape } from "../../find-params"

const CakeCustomization = z.strictObject({
  message: z.string().max(500).nullish(),
  egg_version: z.enum(EGG_OPTIONS).optional(),
  toppings: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  shape: z.string().max(50).nullish(),
  notes: z.string().max(1000).nullish(),
})

const quantity = z.number().int().min(1).max(MAX_CAKES_PER_LINE)

export const StoreAddCakeToCart = z.strictObject({
  variant_id: z.string().min(1),
  quantity: quantity.default(1),
  customization: CakeCustomization.default({}),
})
export type StoreAddCakeToCartType = z.infer<typeof StoreAddCakeToCart>

export const StoreUpdateCakeInCart = z
  .strictObject({
    quantity: quantity.optional(),
    customization: CakeCustomization.optional(),
  })
  .refine((b) => b.quantity !== undefined || b.customization !== undefined, {
    message: "give quantity and/or customization to change",
  })
export type StoreUpdateCakeInCartType = z.infer<typeof StoreUpdateCakeInCart>

export const StoreGetCakeCartParams = z.strictObject(selectParamsShape)

export const StoreSetCartDeliverySlot = z.strictObject({
  starts_at: z.iso.datetime({ offset: true, message: "starts_at must be an ISO date-time, e.g. 2026-12-02T11:00:00Z" }),
})
export type StoreSetCartDeliverySlotType = z.infer<typeof StoreSetCartDeliverySlot>
