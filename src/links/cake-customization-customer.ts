import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CakeModule from "../modules/cake"

/** A shopper's customisations (a guest's get linked when their cart is). */
export default defineLink(CustomerModule.linkable.customer, {
  linkable: CakeModule.linkable.cakeCustomization,
  isList: true,
})
