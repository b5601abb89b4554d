import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CakeModule from "../modules/cake"

/**
 * The customisation a cart line item carries, `line_item.cake_customization` in
 * Query: read only, through the customisation's own `line_item_id` (one a line),
 * so a customised add writes no link row.
 */
export default defineLink(
  { linkable: CartModule.linkable.lineItem, field: "id" },
  { ...CakeModule.linkable.cakeCustomization.id, primaryKey: "line_item_id" },
  { readOnly: true }
)
