import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../../../../modules/bakery"
import BakeryModuleService from "../../../../../modules/bakery/service"
import { DRIVER_MODULE } from "../../../../../modules/driver"
import DriverModuleService from "../../../../../modules/driver/service"
import { createDriverWorkflow } from "../../../../../workflows/driver/workflows/create-driver"
import { adminDriverFields, driverView } from "../../../drivers/driver-view"
import { AdminCreateDriverType } from "../../../drivers/validators"

/** The bakery's drivers, active and not, by name. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bakeries: BakeryModuleService = req.scope.resolve(BAKERY_MODULE)
  const [bakery] = await bakeries.listBakeries({ id: req.params.id }, { select: ["id"] })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${req.params.id} was not found`)
  }
  const drivers: DriverModuleService = req.scope.resolve(DRIVER_MODULE)
  const list = await drivers.listDrivers({ bakery_id: bakery.id }, { select: adminDriverFields, order: { name: "ASC" } })
  res.json({ drivers: list.map(driverView) })
}

/** Adds a driver: they can then register with this email (and only they can). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDriverType>, res: MedusaResponse) => {
  const { result } = await createDriverWorkflow(req.scope).run({ input: { bakery_id: req.params.id, ...req.validatedBody } })
  res.json({ driver: driverView(result) })
}
