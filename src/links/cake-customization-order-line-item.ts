import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CakeModule from "../modules/cake"

/** The order line item a customisation became at checkout; one each way. */
export default defineLink(OrderModule.linkable.orderLineItem, CakeModule.linkable.cakeCustomization)
