import { model } from "@medusajs/framework/utils"
import { DeliveryAssignment } from "./delivery-assignment"

/**
 * Someone who delivers a bakery's cakes: added by its staff, logs in as Medusa's
 * auth actor `driver` (the auth identity's `app_metadata.driver_id` is this id).
 * Only the latest position is kept, never a history.
 */
export const Driver = model
  .define(
    { name: "driver", tableName: "driver" },
    {
      id: model.id({ prefix: "drv" }).primaryKey(),
      // The bakery the driver works for (bakery module).
      bakery_id: model.text(),
      name: model.text().searchable(),
      // Lower case; the email a driver registers with must be this one.
      email: model.text(),
      phone: model.text().nullable(),
      is_active: model.boolean().default(true),
      // Set when the driver registered: the auth identity bound to this record.
      auth_identity_id: model.text().nullable(),
      latitude: model.float().nullable(),
      longitude: model.float().nullable(),
      accuracy_m: model.float().nullable(),
      // When the phone took the latest position (not when it arrived).
      position_recorded_at: model.dateTime().nullable(),
      // When a position last led to the ETAs of the driver's orders being recomputed.
      etas_refreshed_at: model.dateTime().nullable(),
      assignments: model.hasMany(() => DeliveryAssignment, { mappedBy: "driver" }),
    }
  )
  .indexes([
    { on: ["bakery_id"], where: "deleted_at IS NULL" },
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
  ])
