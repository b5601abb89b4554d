import { model } from "@medusajs/framework/utils"

/**
 * An order's latest arrival estimate, from Google or the fallback: one per order,
 * named by `order_id` (a read-only link gives `order.delivery_estimate`), so a
 * refresh creating 10,000 estimates writes 10,000 rows and no link rows.
 */
export const DeliveryEstimate = model
  .define(
    { name: "delivery_estimate", tableName: "delivery_estimate" },
    {
      id: model.id({ prefix: "dest" }).primaryKey(),
      order_id: model.text(),
      bakery_id: model.text(),
      // What the estimate was computed from: "lat,lng" or an address line.
      origin: model.text(),
      // Where the van set off from for this estimate: the bakery, or the driver's latest position.
      origin_kind: model.enum(["bakery", "driver"]).default("bakery"),
      destination: model.text(),
      distance_meters: model.number().nullable(),
      duration_seconds: model.number().nullable(),
      eta_at: model.dateTime(),
      source: model.enum(["google", "fallback"]),
      // Why the fallback was used (no key, API error, address not found…).
      fallback_reason: model.text().nullable(),
      computed_at: model.dateTime(),
      // Set once the arriving-soon email went out: it goes once per order.
      arriving_soon_notified_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    { on: ["bakery_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
  ])
