import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBakeryDeliveriesWorkflow } from "../../../../../workflows/driver/workflows/list-bakery-deliveries"
import { AdminGetBakeryDeliveriesParamsType } from "../../../drivers/validators"

/** One day's delivery orders of the bakery (today by default), each with its stage and driver, soonest window first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBakeryDeliveriesParamsType>, res: MedusaResponse) => {
  const { date } = req.validatedQuery as AdminGetBakeryDeliveriesParamsType
  const { result } = await listBakeryDeliveriesWorkflow(req.scope).run({ input: { bakery_id: req.params.id, date } })
  res.json({ date: result.date, deliveries: result.deliveries, count: result.deliveries.length })
}
