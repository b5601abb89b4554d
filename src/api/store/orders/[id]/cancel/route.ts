import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderWithRefundWorkflow } from "../../../../../workflows/deposit/workflows/cancel-order-with-refund"

/**
 * The shopper cancels their own order inside the bakery's cancellation window:
 * everything they paid goes back and the slot's capacity is freed. After the
 * window, a 409 naming the deadline; anyone else's order is a 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await cancelOrderWithRefundWorkflow(req.scope).run({
    input: { order_id: req.params.id, refund: "full", shopper: { customer_id: req.auth_context.actor_id } },
  })
  res.json({ cancellation: { order_id: req.params.id, status: "canceled", ...result } })
}
