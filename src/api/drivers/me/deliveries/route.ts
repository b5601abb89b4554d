import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDriverDeliveriesWorkflow } from "../../../../workflows/driver/workflows/list-driver-deliveries"
import { DriverGetDeliveriesParamsType } from "../../validators"

/** The bakery's ready deliveries, the driver's own, or the ones they delivered today; soonest window first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, DriverGetDeliveriesParamsType>, res: MedusaResponse) => {
  const { status } = req.validatedQuery as DriverGetDeliveriesParamsType
  const { result } = await listDriverDeliveriesWorkflow(req.scope).run({ input: { driver_id: req.auth_context.actor_id, status } })
  res.json({ deliveries: result, count: result.length })
}
