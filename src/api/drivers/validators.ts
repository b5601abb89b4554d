import { z } from "@medusajs/framework/zod"
import { DeliveryEstimate, DeliverySlot } from "../store/orders/[id]/delivery/validators"
import { DELIVERY_STAGES } from "../../workflows/driver/rules/delivery-stage"

export const DRIVER_DELIVERY_LISTS = ["ready", "mine", "done"] as const

export const DriverGetDeliveriesParams = z.strictObject({
  status: z
    .enum(DRIVER_DELIVERY_LISTS, { error: "status must be ready, mine or done" })
    .default("mine")
    .meta({
      description:
        "`ready`: the bakery's prepared deliveries nobody has claimed; `mine`: the ones you claimed or carry; `done`: the ones you delivered today.",
    }),
})
export type DriverGetDeliveriesParamsType = z.infer<typeof DriverGetDeliveriesParams>

const latitude = z.number().min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90")
const longitude = z.number().min(-180, "longitude must be between -180 and 180").max(180, "longitude must be between -180 and 180")

export const DriverPostLocation = z
  .strictObject({
    latitude,
    longitude,
    accuracy_m: z.number().min(0, "accuracy_m must not be negative").max(100000).nullish(),
    recorded_at: z.iso.datetime({ offset: true, error: "recorded_at must be an ISO 8601 date-time, e.g. 2026-12-01T14:05:00Z" }),
  })
  .meta({ id: "DriverPostLocation" })
export type DriverPostLocationType = z.infer<typeof DriverPostLocation>

export const DriverProfile = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    bakery: z.object({ id: z.string(), name: z.string() }),
  })
  .meta({ id: "DriverProfile" })

export const DriverDelivery = z
  .object({
    order_id: z.string(),
    display_id: z.number(),
    stage: z.enum(DELIVERY_STAGES),
    slot: DeliverySlot.nullable(),
    address: z.object({
      address_1: z.string().nullable(),
      address_2: z.string().nullable(),
      city: z.string().nullable(),
      postal_code: z.string().nullable(),
      country_code: z.string().nullable(),
    }),
    customer: z.object({ first_name: z.string().nullable(), phone: z.string().nullable() }).meta({ description: "Whom to hand the cakes to." }),
    cakes: z.array(
      z.object({
        title: z.string().nullable(),
        size: z.string().nullable(),
        quantity: z.number(),
        message: z.string().nullable(),
        notes: z.string().nullable(),
        egg_version: z.string().nullable(),
        shape: z.string().nullable(),
      })
    ),
    driver: z.object({ id: z.string(), name: z.string() }).nullable(),
    claimed_at: z.iso.datetime().nullable(),
    picked_up_at: z.iso.datetime().nullable(),
    completed_at: z.iso.datetime().nullable(),
    estimate: DeliveryEstimate.nullable(),
  })
  .meta({ id: "DriverDelivery", description: "A delivery as its driver sees it." })

export const DriverProfileResponse = z.object({ driver: DriverProfile })
export const DriverDeliveriesResponse = z.object({ deliveries: z.array(DriverDelivery), count: z.number() })
export const DriverDeliveryResponse = z.object({ delivery: DriverDelivery })
export const DriverLocationResponse = z.object({
  location: z.object({
    accepted: z.boolean().meta({ description: "False when a newer position was already kept (reports arriving out of order)." }),
    order_ids: z.array(z.string()).meta({ description: "The orders you carry, whose ETAs start from this position." }),
  }),
})
