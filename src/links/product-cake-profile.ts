import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CakeModule from "../modules/cake"

/** A product's cake-only fields; the profile goes when its product is deleted. */
export default defineLink(ProductModule.linkable.product, {
  linkable: CakeModule.linkable.cakeProfile,
  deleteCascade: true,
})
