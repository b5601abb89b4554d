import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

export const releaseDeliveryAssignmentStepId = "release-delivery-assignment"

/** Gives a claimed order back (it is ready for any driver again); compensation restores the claim. */
export const releaseDeliveryAssignmentStep = createStep(
  releaseDeliveryAssignmentStepId,
  async ({ id }: { id: string }, { container }) => {
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).softDeleteDeliveryAssignments(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).restoreDeliveryAssignments(id)
  }
)
