import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordDriverPositionWorkflow } from "../../../../workflows/driver/workflows/record-driver-position"
import { DriverPostLocationType } from "../../validators"

/** The carrying driver's phone reports where it is: only the latest position is kept. */
export const POST = async (req: AuthenticatedMedusaRequest<DriverPostLocationType>, res: MedusaResponse) => {
  const { result } = await recordDriverPositionWorkflow(req.scope).run({
    input: { driver_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ location: { accepted: result.accepted, order_ids: result.order_ids } })
}
