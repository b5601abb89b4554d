import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamOrderDelivery } from "../../../../../utils/order-delivery-stream"

/** The shopper's own order, live: its delivery now, then each change, until it is delivered, collected or cancelled. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await streamOrderDelivery(req, res, {
    orderId: req.params.id,
    actorKey: `customer:${customerId}`,
    visible: (order) => order.customer_id === customerId,
  })
}
