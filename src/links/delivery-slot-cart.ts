import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import DeliveryModule from "../modules/delivery"

/** The slot a shopper booked for their cart. */
export default defineLink(CartModule.linkable.cart, DeliveryModule.linkable.deliverySlot)
