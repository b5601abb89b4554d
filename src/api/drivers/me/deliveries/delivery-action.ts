import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import { loadDeliveryViews } from "../../../../workflows/driver/utils/load-delivery-views"
import { loadActiveDriver } from "../../../../workflows/driver/utils/load-active-driver"
import { DriverDeliveryInput } from "../../../../workflows/driver/workflows/claim-delivery"

type DriverWorkflow = ReturnWorkflow<DriverDeliveryInput, unknown, []>

/**
 * A route that runs one driver workflow on the order in its path, as the
 * logged-in driver, and answers the delivery as it now is.
 */
export const deliveryAction = (workflow: DriverWorkflow) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const driverId = req.auth_context.actor_id
  await workflow(req.scope).run({ input: { driver_id: driverId, order_id: req.params.order_id } })
  const driver = await loadActiveDriver(req.scope, driverId)
  const [delivery] = await loadDeliveryViews(req.scope, driver.bakery_id, [req.params.order_id])
  res.json({ delivery })
}
