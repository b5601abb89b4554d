import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"

export type StampDeliveryAssignmentInput = { id: string; field: "picked_up_at" | "completed_at" }

export const stampDeliveryAssignmentStepId = "stamp-delivery-assignment"

/** Records when the driver picked the order up or delivered it; compensation clears the time again. */
export const stampDeliveryAssignmentStep = createStep(
  stampDeliveryAssignmentStepId,
  async ({ id, field }: StampDeliveryAssignmentInput, { container }) => {
    const assignment = await (container.resolve(DRIVER_MODULE) as DriverModuleService).updateDeliveryAssignments({ id, [field]: new Date() })
    return new StepResponse(assignment, { id, field })
  },
  async (undo, { container }) => {
    if (!undo) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).updateDeliveryAssignments({ id: undo.id, [undo.field]: null })
  }
)
