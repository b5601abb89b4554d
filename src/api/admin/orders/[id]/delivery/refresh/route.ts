import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshDeliveryEtasWorkflow } from "../../../../../../workflows/delivery/workflows/refresh-delivery-etas"
import { estimateView } from "../../../../../delivery-estimate-view"

/** Recomputes one order's ETA now (Google, else the fallback) and answers it. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "bakery.id"], filters: { id: req.params.id } })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  if (!(order as any).bakery) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${req.params.id} has no bakery to deliver from`)
  }
  const { result } = await refreshDeliveryEtasWorkflow(req.scope).run({ input: { order_ids: [req.params.id] } })
  res.json({ estimate: estimateView(result.estimates[0]) })
}
