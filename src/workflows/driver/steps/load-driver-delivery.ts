import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { domainConflict } from "../../../errors/domain-conflict"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { deliveryStage, FulfillmentState, preparedFulfillment, shippedFulfillment } from "../rules/delivery-stage"
import { DriverAction, driverActionProblem } from "../rules/driver-action"
import { driverDeliveryOrderFields, isBakeryDelivery } from "../utils/driver-delivery-view"
import { loadActiveDriver } from "../utils/load-active-driver"

export type LoadDriverDeliveryInput = { driver_id: string; order_id: string; action: DriverAction }

/** A fulfillment as a driver action reads it: its state and what it holds (for Medusa's shipment). */
type DriverFulfillment = FulfillmentState & { items?: { line_item_id: string; quantity: number }[] | null }

/** What the step answers of the order: its number (the rest is read by the routes' views). */
type DriverOrder = { id: string; display_id: number }

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
    // Medusa's generated types give these fields as loosely as query.graph can; the fields asked for are these.
    const fulfillments = (order.fulfillments ?? []) as unknown as (DriverFulfillment | null)[]
    const stage = deliveryStage({ status: order.status, fulfillments, assignment: assignment ?? null })
    const problem = driverActionProblem(action, driver_id, {
      display_id: Number(order.display_id),
      stage,
      holder: assignment ? { id: assignment.driver_id, name: assignment.driver?.name ?? "another driver" } : null,
    })
    if (problem) {
      throw problem
    }
    const fulfillment = action === "complete" ? shippedFulfillment(fulfillments) : preparedFulfillment(fulfillments)
    if (!fulfillment) {
      // The stage checks above leave one; an order changed under us since says so rather than failing later.
      throw domainConflict(`Order #${Number(order.display_id)} changed meanwhile: load your deliveries again`)
    }
    const loaded: DriverOrder = { id: order.id, display_id: Number(order.display_id) }
    return new StepResponse({ driver, order: loaded, assignment: assignment ?? null, fulfillment })
  }
)
