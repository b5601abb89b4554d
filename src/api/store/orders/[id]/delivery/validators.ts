import { z } from "@medusajs/framework/zod"
import { DELIVERY_STATUSES } from "../../../../../workflows/delivery/rules/delivery-status"

/** The window booked for a cart or an order. */
export const DeliverySlot = z
  .object({
    id: z.string().optional(),
    date: z.string().optional().meta({ description: "The day in the bakery's time zone, YYYY-MM-DD." }),
    starts_at: z.iso.datetime(),
    ends_at: z.iso.datetime(),
  })
  .meta({ id: "DeliverySlot", description: "The delivery window booked for a cart or an order." })

/** An order's arrival estimate (DESIGN: estimate). */
export const DeliveryEstimate = z
  .object({
    eta_at: z.iso.datetime(),
    distance_meters: z.number().nullable(),
    duration_seconds: z.number().nullable(),
    source: z.enum(["google", "fallback"]).meta({ description: "`fallback` when Google could not answer (straight line, or the slot's end)." }),
    computed_at: z.iso.datetime(),
  })
  .meta({ id: "DeliveryEstimate" })

export const OrderDelivery = z
  .object({
    status: z.enum(DELIVERY_STATUSES).meta({
      description: "`delivered` once every cake has arrived; `shipped` while any is on its way or only some have arrived.",
    }),
    slot: DeliverySlot.nullable(),
    estimate: DeliveryEstimate.nullable(),
  })
  .meta({ id: "OrderDelivery", description: "Where an order is: status in shoppers' words, the booked slot, the ETA." })

export const StoreOrderDeliveryResponse = z.object({ delivery: OrderDelivery })
