import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

export type UpdateDriverStepInput = { id: string; name?: string; email?: string; phone?: string | null; is_active?: boolean }

const editable = ["name", "email", "phone", "is_active"] as const

export const updateDriverStepId = "update-driver"

/**
 * Changes a driver's details or deactivates them (a deactivated driver's token
 * stops working on every driver route). The email is the driver's login once
 * they registered, so it changes only before. Compensation restores the old values.
 */
export const updateDriverStep = createStep(
  updateDriverStepId,
  async ({ id, ...changes }: UpdateDriverStepInput, { container }) => {
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const [driver] = await drivers.listDrivers({ id }, { select: ["id", "auth_identity_id", ...editable] })
    if (!driver) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Driver ${id} was not found`)
    }
    const email = changes.email?.toLowerCase()
    if (email && email !== driver.email) {
      if (driver.auth_identity_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Driver ${id} has registered with ${driver.email}: their email can no longer change (remove the driver and add them again)`
        )
      }
      const [taken] = await drivers.listDrivers({ email }, { select: ["id"] })
      if (taken) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A driver with the email ${email} already exists`)
      }
    }
    const previous = Object.fromEntries(editable.map((field) => [field, driver[field]]))
    const updated = await drivers.updateDrivers({ id, ...changes, ...(email ? { email } : {}) })
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).updateDrivers(previous)
  }
)
