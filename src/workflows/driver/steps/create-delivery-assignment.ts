import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { domainConflict } from "../../../errors/domain-conflict"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { DeliveryAssignmentRecord } from "../utils/driver-delivery-view"

export type CreateDeliveryAssignmentInput = {
  driver_id: string
  bakery_id: string
  order_id: string
  display_id: number
  /** The driver's own live claim, when they claim again: kept as it is. */
  existing: DeliveryAssignmentRecord | null
}

export const createDeliveryAssignmentStepId = "create-delivery-assignment"

/**
 * Gives the order to the driver. The claim lock makes this the only claim in
 * progress for the order; the unique index on a live assignment's order is the
 * backstop (a second claim that still got here is a 409). Compensation removes it.
 */
export const createDeliveryAssignmentStep = createStep(
  createDeliveryAssignmentStepId,
  async (input: CreateDeliveryAssignmentInput, { container }) => {
    if (input.existing) {
      return new StepResponse(input.existing, null)
    }
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const assignment = await drivers
      .createDeliveryAssignments({ driver_id: input.driver_id, bakery_id: input.bakery_id, order_id: input.order_id, claimed_at: new Date() })
      .catch((error: { code?: string; message?: string }) => {
        throw /unique|duplicate|already exists/i.test(`${error?.code ?? ""} ${error?.message ?? ""}`)
          ? domainConflict(`Order #${input.display_id} is taken by another driver`)
          : error
      })
    return new StepResponse(assignment as unknown as DeliveryAssignmentRecord, assignment.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).deleteDeliveryAssignments(createdId)
  }
)
