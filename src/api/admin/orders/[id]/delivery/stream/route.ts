import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamOrderDelivery } from "../../../../../utils/order-delivery-stream"

/** Any order, live, for staff: the same events as the shopper's stream. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await streamOrderDelivery(req, res, {
    orderId: req.params.id,
    actorKey: `${req.auth_context.actor_type}:${req.auth_context.actor_id}`,
    visible: () => true,
  })
}
