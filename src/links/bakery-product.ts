import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BakeryModule from "../modules/bakery"

/** A bakery bakes many cakes (products); a product belongs to at most one bakery. */
export default defineLink(BakeryModule.linkable.bakery, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
