import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CakeModule from "../modules/cake"

/** Which cake a customisation was made for. */
export default defineLink(ProductModule.linkable.product, {
  linkable: CakeModule.linkable.cakeCustomization,
  isList: true,
})
