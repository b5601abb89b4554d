import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DeliveryModule from "../modules/delivery"

/** The slot an order is delivered in. */
export default defineLink(OrderModule.linkable.order, DeliveryModule.linkable.deliverySlot)
