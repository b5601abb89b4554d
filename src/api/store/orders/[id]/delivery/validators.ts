import { z } from "@medusajs/framework/zod"
import { FULFILLMENT_KINDS } from "../../../../../types/fulfillment/fulfillment"
import { ORDER_PROGRESS_STATUSES } from "../../../../../workflows/delivery/rules/collection-status"

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
    origin: z
      .enum(["bakery", "driver"])
      .meta({ description: "Where the route was computed from: the bakery, or the carrying driver's latest position (when fresh)." }),
  })
  .meta({ id: "DeliveryEstimate" })

/** Collect from the bakery or have it delivered: the order's shipping option type `code`. */
export const FulfillmentKind = z.enum(FULFILLMENT_KINDS).meta({
  id: "FulfillmentKind",
  description: "`pickup`: the shopper collects from the bakery; `delivery`: the bakery delivers.",
})

export const OrderDelivery = z
  .object({
    fulfillment: FulfillmentKind,
    status: z.enum(ORDER_PROGRESS_STATUSES).meta({
      description:
        "A delivered order: `pending`, `shipped` (any cake on its way, or only some arrived), `delivered` (every cake arrived), `cancelled`. " +
        "A collected order: `pending`, `ready_for_pickup` (every cake ready at the bakery), `collected`, `cancelled`.",
    }),
    slot: DeliverySlot.nullable().meta({ description: "The booked window: the delivery window, or the collection window of a pickup order." }),
    estimate: DeliveryEstimate.nullable().meta({ description: "The live ETA of a delivery; always null for a pickup order." }),
  })
  .meta({ id: "OrderDelivery", description: "Where an order is: collect or deliver, status in shoppers' words, the booked slot, the ETA." })

export const StoreOrderDeliveryResponse = z.object({ delivery: OrderDelivery })

/** The driver carrying an order, as the shopper sees them: first name and latest position only. */
export const DeliveryDriver = z
  .object({
    first_name: z.string().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    updated_at: z.iso.datetime().meta({ description: "When the driver's phone recorded the position." }),
  })
  .meta({ id: "DeliveryDriver", description: "The driver carrying the order and their latest position." })

export const LiveOrderDelivery = OrderDelivery.extend({
  driver: DeliveryDriver.optional().meta({ description: "Only while a driver carries the order (picked up, not yet delivered)." }),
}).meta({ id: "LiveOrderDelivery", description: "An order's delivery as its live stream shows it: the JSON route's answer plus the driver carrying it." })

/** The data of each `delivery` event of the order's live stream. */
export const OrderDeliveryStreamEvent = z.object({ delivery: LiveOrderDelivery }).meta({ id: "OrderDeliveryStreamEvent" })

/** The streams take no query parameters (an unknown one is a 400 naming it); a reconnect sends the `Last-Event-ID` header. */
export const GetOrderDeliveryStreamParams = z.strictObject({})
