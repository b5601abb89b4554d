import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DRIVER_MODULE } from "../../../../modules/driver"
import DriverModuleService from "../../../../modules/driver/service"
import { deleteDriverWorkflow } from "../../../../workflows/driver/workflows/delete-driver"
import { updateDriverWorkflow } from "../../../../workflows/driver/workflows/update-driver"
import { adminDriverFields, driverView } from "../driver-view"
import { AdminUpdateDriverType } from "../validators"

/** Edits or deactivates a driver. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDriverType>, res: MedusaResponse) => {
  await updateDriverWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  const drivers: DriverModuleService = req.scope.resolve(DRIVER_MODULE)
  const [driver] = await drivers.listDrivers({ id: req.params.id }, { select: adminDriverFields })
  res.json({ driver: driverView(driver) })
}

/** Removes a driver who carries nothing (their claims go back to ready) and their login. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteDriverWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "driver", deleted: true })
}
