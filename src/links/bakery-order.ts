import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BakeryModule from "../modules/bakery"

/** The bakery that bakes and delivers an order. */
export default defineLink(BakeryModule.linkable.bakery, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
