import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DeliveryModule from "../modules/delivery"

/** An order's latest arrival estimate. */
export default defineLink(OrderModule.linkable.order, DeliveryModule.linkable.deliveryEstimate)
