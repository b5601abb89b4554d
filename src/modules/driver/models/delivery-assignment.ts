import { model } from "@medusajs/framework/utils"
import { Driver } from "./driver"

/**
 * Which driver carries an order: claimed, picked up (Medusa's shipment), completed
 * (Medusa's mark-as-delivered). One live assignment per order (a release deletes it).
 */
export const DeliveryAssignment = model
  .define(
    { name: "delivery_assignment", tableName: "delivery_assignment" },
    {
      id: model.id({ prefix: "dasg" }).primaryKey(),
      order_id: model.text(),
      bakery_id: model.text(),
      claimed_at: model.dateTime(),
      picked_up_at: model.dateTime().nullable(),
      completed_at: model.dateTime().nullable(),
      driver: model.belongsTo(() => Driver, { mappedBy: "assignments" }),
    }
  )
  .indexes([
    // The backstop behind the claim lock: two drivers can never hold one order.
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["driver_id", "completed_at"], where: "deleted_at IS NULL" },
  ])
