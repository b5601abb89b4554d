import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { orderProgress, orderProgressFields } from "../../../../../workflows/delivery/rules/collection-status"
import { deliveryEstimateFields, estimateView } from "../../../../utils/delivery-estimate-view"

/**
 * Where the shopper's own order is: collect or deliver, status in shoppers' words, the booked slot, the ETA
 * (null until one is computed, and always for a pickup order).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      ...orderProgressFields,
      "delivery_slot.starts_at",
      "delivery_slot.ends_at",
      ...deliveryEstimateFields,
    ],
    filters: { id: req.params.id },
  })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const slot = order.delivery_slot
  const progress = orderProgress(order)
  res.json({
    delivery: {
      ...progress,
      slot: slot ? { starts_at: slot.starts_at, ends_at: slot.ends_at } : null,
      estimate: progress.fulfillment === "pickup" ? null : estimateView(order.delivery_estimate),
    },
  })
}
