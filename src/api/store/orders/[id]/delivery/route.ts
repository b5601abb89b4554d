import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadOrderDelivery } from "../../../../utils/order-delivery"

/**
 * Where the shopper's own order is: collect or deliver, status in shoppers' words, the booked slot, the ETA
 * (null until one is computed, and always for a pickup order).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const loaded = await loadOrderDelivery(req.scope, req.params.id)
  if (!loaded || loaded.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  res.json({ delivery: loaded.delivery })
}
