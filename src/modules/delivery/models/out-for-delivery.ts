import { model } from "@medusajs/framework/utils"

/**
 * An order out for delivery (shipped, not delivered, not cancelled, delivered
 * from a bakery), with what its estimate is computed from: the list the
 * scheduled ETA refresh reads, so that it reads one table instead of every
 * shipped order through the order, fulfillment and link modules. A copy of the
 * order's state, kept by `trackOrdersOutForDeliveryStep` whenever a shipment,
 * delivery, cancellation or order update says it changed, and checked against
 * the orders by a scheduled reconcile. The row goes when the delivery ends; the
 * order's estimate (found by its `order_id`) stays.
 */
export const OutForDelivery = model
  .define(
    { name: "out_for_delivery", tableName: "out_for_delivery" },
    {
      id: model.id({ prefix: "ofd" }).primaryKey(),
      order_id: model.text(),
      bakery_id: model.text(),
      // Where the cake goes (a route-matrix Place): the delivery address's coordinates when known, else its
      // address line; null when the order has no address.
      destination: model.json().nullable(),
      // The end of the booked delivery window: the fallback estimate never promises later.
      slot_ends_at: model.dateTime().nullable(),
    }
  )
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
