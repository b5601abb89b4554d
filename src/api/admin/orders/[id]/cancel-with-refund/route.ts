import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminCancelOrderWithRefundType } from "../../../../store/orders/[id]/balance/validators"
import { cancelOrderWithRefundWorkflow } from "../../../../../workflows/deposit/workflows/cancel-order-with-refund"

/** Staff cancel an order, at any time, giving back what the bakery decides (full, deposit kept, none). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelOrderWithRefundType>, res: MedusaResponse) => {
  const { result } = await cancelOrderWithRefundWorkflow(req.scope).run({
    input: { order_id: req.params.id, refund: req.validatedBody.refund },
  })
  res.json({ cancellation: { order_id: req.params.id, status: "canceled", ...result } })
}
