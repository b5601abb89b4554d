import { model } from "@medusajs/framework/utils"
import { Bakery } from "./bakery"

/** Days a bakery takes no orders for (holidays, a broken oven): `from` to `to`, both included, in its own time zone. */
export const BakeryClosure = model
  .define(
    { name: "bakery_closure", tableName: "bakery_closure" },
    {
      id: model.id({ prefix: "bkcl" }).primaryKey(),
      // YYYY-MM-DD, the first and last closed day.
      from: model.text(),
      to: model.text(),
      reason: model.text().nullable(),
      bakery: model.belongsTo(() => Bakery, { mappedBy: "closures" }),
    }
  )
  .indexes([{ on: ["bakery_id", "to"], where: "deleted_at IS NULL" }])
