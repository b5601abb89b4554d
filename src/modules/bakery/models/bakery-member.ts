import { model } from "@medusajs/framework/utils"
import { Bakery } from "./bakery"

/**
 * A Medusa user who works for a bakery: `owner` (may edit the bakery, its members,
 * drivers and closures) or `staff`. A membership for an email with no user yet keeps
 * `user_id` null until that person accepts a Medusa invite. A user with no membership
 * at all is a platform admin.
 */
export const BakeryMember = model
  .define(
    { name: "bakery_member", tableName: "bakery_member" },
    {
      id: model.id({ prefix: "bkmb" }).primaryKey(),
      // The Medusa user (user module); null until the invited email has a user.
      user_id: model.text().nullable(),
      // Lower case.
      email: model.text(),
      role: model.enum(["owner", "staff"]).default("staff"),
      bakery: model.belongsTo(() => Bakery, { mappedBy: "members" }),
    }
  )
  .indexes([
    { on: ["bakery_id", "email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["bakery_id", "user_id"], unique: true, where: "deleted_at IS NULL AND user_id IS NOT NULL" },
    { on: ["user_id"], where: "deleted_at IS NULL" },
    { on: ["email"], where: "deleted_at IS NULL" },
  ])
