import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CakeModule from "../modules/cake"

/** The cart line item a customisation prices; one each way. */
export default defineLink(CartModule.linkable.lineItem, CakeModule.linkable.cakeCustomization)
