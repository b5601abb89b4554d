import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../workflows/delivery/rules/zoned-time"
import { findParamsShape, selectParamsShape } from "../../find-params"

export const StoreGetBakeriesParams = z.strictObject({
  ...findParamsShape,
  q: z.string().trim().min(1).max(200).optional(),
  city: z.string().trim().min(1).max(200).optional(),
})
export type StoreGetBakeriesParamsType = z.infer<typeof StoreGetBakeriesParams>

export const StoreGetBakeryParams = z.strictObject(selectParamsShape)
export type StoreGetBakeryParamsType = z.infer<typeof StoreGetBakeryParams>

export const StoreGetDeliverySlotsParams = z.strictObject({
  date: z.string().refine(isCalendarDate, "date must be a calendar date written YYYY-MM-DD"),
  cart_id: z.string().min(1).optional(),
})
export type StoreGetDeliverySlotsParamsType = z.infer<typeof StoreGetDeliverySlotsParams>
