import { model } from "@medusajs/framework/utils"
import { CakePhoto, EGG_OPTIONS } from "../../../types/cake/cake-options"

/**
 * What a shopper asked for on one cake line: message, egg or eggless, toppings,
 * shape, notes, a reference photo, and the price it added. It names the cake
 * it was made for and the cart line item that carries it (read-only links
 * `cake_customization.cake` and `line_item.cake_customization` go through
 * these columns, so adding a cake writes no link rows); it is linked to the
 * customer and, once ordered, to the order line item.
 */
export const CakeCustomization = model
  .define(
    { name: "cake_customization", tableName: "cake_customization" },
    {
      id: model.id({ prefix: "ccust" }).primaryKey(),
      message: model.text().nullable(),
      egg_version: model.enum([...EGG_OPTIONS]),
      // Names of the chosen toppings, as the cake profile spells them.
      toppings: model.json<string[]>().default([]),
      shape: model.text().nullable(),
      notes: model.text().nullable(),
      // The reference photo: a private file of the File module, set only by SweetSpot's photo routes.
      photo: model.json<CakePhoto>().nullable(),
      // Toppings, shape surcharge and photo per cake, in the cart's currency (main unit).
      price_adjustment: model.bigNumber().default(0),
      // The cart it was made in: lets a removed line item's customisation be found and removed.
      cart_id: model.text().nullable(),
      // The cake (product) it was made for.
      product_id: model.text().nullable(),
      // The cart line item that carries it, set once the line is added; one customisation a line.
      line_item_id: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["cart_id"], where: "deleted_at IS NULL" },
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
    // The orphan-photo job reads the few customisations with a photo, removed ones included.
    { on: ["updated_at"], where: "photo IS NOT NULL" },
  ])
