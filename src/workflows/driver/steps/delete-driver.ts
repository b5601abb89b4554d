import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { domainConflict } from "../../../errors/domain-conflict"

export const deleteDriverStepId = "delete-driver"

/**
 * Removes a driver, with the claims they have not picked up (the orders are
 * ready for another driver). A driver carrying an order cannot be removed until
 * it is delivered (409): deactivate them instead. Compensation restores both.
 */
export const deleteDriverStep = createStep(
  deleteDriverStepId,
  async ({ id }: { id: string }, { container }) => {
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const [driver] = await drivers.listDrivers({ id }, { select: ["id", "name", "auth_identity_id"] })
    if (!driver) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Driver ${id} was not found`)
    }
    const open = await drivers.listDeliveryAssignments({ driver_id: id, completed_at: null }, { select: ["id", "order_id", "picked_up_at"] })
    const carried = open.filter((a) => a.picked_up_at)
    if (carried.length) {
      throw domainConflict(
        `${driver.name} is carrying ${carried.length === 1 ? "an order" : `${carried.length} orders`} (${carried.map((a) => a.order_id).join(", ")}): deactivate them instead, or remove them once delivered`
      )
    }
    const released = open.map((a) => a.id)
    if (released.length) {
      await drivers.softDeleteDeliveryAssignments(released)
    }
    await drivers.softDeleteDrivers(id)
    return new StepResponse({ id, auth_identity_id: driver.auth_identity_id }, { id, released })
  },
  async (undo, { container }) => {
    if (!undo) return
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    await drivers.restoreDrivers(undo.id)
    if (undo.released.length) {
      await drivers.restoreDeliveryAssignments(undo.released)
    }
  }
)
