import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CakeModule from "../modules/cake"

/**
 * The cake a customisation was made for, `cake_customization.cake` in Query: read
 * only, through the customisation's own `product_id`. Named `cake`, not
 * `product`: the product-profile link already gives the Cake module's
 * `cake_profile.product`, and Query allows one `product` per module.
 */
export default defineLink(
  { linkable: CakeModule.linkable.cakeCustomization, field: "product_id" },
  { linkable: ProductModule.linkable.product, alias: "cake" },
  { readOnly: true }
)
