import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DeliveryModule from "../modules/delivery"

/**
 * An order's latest arrival estimate, `order.delivery_estimate` in Query: read
 * only, through the estimate's own `order_id` (one estimate per order), so
 * creating an estimate writes no link row.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...DeliveryModule.linkable.deliveryEstimate.id, primaryKey: "order_id" },
  { readOnly: true }
)
