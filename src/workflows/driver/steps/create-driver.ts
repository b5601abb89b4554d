import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

export type CreateDriverStepInput = { bakery_id: string; name: string; email: string; phone?: string | null }

export const createDriverStepId = "create-driver"

/**
 * Adds a driver to a bakery (404 for an unknown bakery; an email another driver
 * has is a 422). Compensation deletes the driver.
 */
export const createDriverStep = createStep(
  createDriverStepId,
  async (input: CreateDriverStepInput, { container }) => {
    const bakeries: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const [bakery] = await bakeries.listBakeries({ id: input.bakery_id }, { select: ["id"] })
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${input.bakery_id} was not found`)
    }
    const email = input.email.toLowerCase()
    const [taken] = await drivers.listDrivers({ email }, { select: ["id"] })
    if (taken) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A driver with the email ${email} already exists`)
    }
    const driver = await drivers.createDrivers({ ...input, email, phone: input.phone ?? null })
    return new StepResponse(driver, driver.id)
  },
  async (driverId, { container }) => {
    if (!driverId) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).deleteDrivers(driverId)
  }
)
