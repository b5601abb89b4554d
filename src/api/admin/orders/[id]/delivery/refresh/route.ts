import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshOrderDeliveryEstimateWorkflow } from "../../../../../../workflows/delivery/workflows/refresh-order-delivery-estimate"
import { estimateView } from "../../../../../../workflows/delivery/utils/delivery-estimate-view"

/** Recomputes one order's ETA now (Google, else the fallback) and answers it; a delivered or cancelled order keeps its own. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await refreshOrderDeliveryEstimateWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  res.json({ estimate: estimateView(result.estimate) })
}
