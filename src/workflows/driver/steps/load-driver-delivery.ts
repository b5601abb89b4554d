import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { deliveryStage, preparedFulfillment, shippedFulfillment } from "../rules/delivery-stage"
import { DriverAction, driverActionProblem } from "../rules/driver-action"
import { driverDeliveryOrderFields, isBakeryDelivery } from "../utils/driver-delivery-view"
import { loadActiveDriver } from "../utils/load-active-driver"

export type LoadDriverDeliveryInput = { driver_id: string; order_id: string; action: DriverAction }

export const loadDriverDeliveryStepId = "load-driver-delivery"

/**
 * The order a driver acts on, checked for that action: a delivery of another
 * bakery (or a collection, or no order) is the 404 of a missing one; an order in
 * the wrong stage, or another driver's, is a 409 that says why. Answers the
 * order, its live assignment and the fulfillment the action concerns.
 */
export const loadDriverDeliveryStep = createStep(
  loadDriverDeliveryStepId,
  async ({ driver_id, order_id, action }: LoadDriverDeliveryInput, { container }) => {
    const driver = await loadActiveDriver(container, driver_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({ entity: "order", fields: driverDeliveryOrderFields, filters: { id: order_id } })
    if (!order || !isBakeryDelivery(order, driver.bakery_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery ${order_id} was not found`)
    }
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const [assignment] = await drivers.listDeliveryAssignments({ order_id }, { relations: ["driver"] })
    const stage = deliveryStage({ status: order.status, fulfillments: order.fulfillments as any, assignment: assignment ?? null })
    const problem = driverActionProblem(action, driver_id, {
      display_id: Number(order.display_id),
      stage,
      holder: assignment ? { id: assignment.driver_id, name: assignment.driver?.name ?? "another driver" } : null,
    })
    if (problem) {
      throw problem
    }
    const fulfillment = action === "complete" ? shippedFulfillment(order.fulfillments as any[]) : preparedFulfillment(order.fulfillments as any[])
    return new StepResponse({ driver, order: order as any, assignment: assignment ?? null, fulfillment: fulfillment as any })
  }
)
