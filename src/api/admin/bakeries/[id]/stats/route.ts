import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminBakeryStatsResponse } from "../../../../../types/bakery/bakery-stats"
import { getBakeryStatsWorkflow } from "../../../../../workflows/bakery/workflows/get-bakery-stats"
import { AdminGetBakeryStatsParamsType } from "../../validators"

/** How a bakery did over a window (default: the last 30 days): orders, revenue, cakes sold, top cakes and on-time deliveries. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetBakeryStatsParamsType>,
  res: MedusaResponse<AdminBakeryStatsResponse>
) => {
  const { from, to } = req.validatedQuery
  const { result: stats } = await getBakeryStatsWorkflow(req.scope).run({ input: { bakery_id: req.params.id, from, to } })
  res.json({ stats })
}
