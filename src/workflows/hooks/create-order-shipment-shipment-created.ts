import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { DRIVER_MODULE } from "../../modules/driver"
import DriverModuleService from "../../modules/driver/service"

type Stamped = { assignment_id: string } | null

/**
 * However an order is shipped (a driver's pick-up, or staff through Medusa's
 * shipment route), a driver who had claimed it now carries it: the pick-up time
 * is stamped on their assignment, so their position is tracked, their ETA counts
 * and they can hand it over. A driver's own pick-up stamped it already; an order
 * nobody claimed has no assignment and nothing changes.
 */
createOrderShipmentWorkflow.hooks.shipmentCreated(
  async ({ shipment }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: shipment.id } })
    const orderId = links[0]?.order_id as string | undefined
    if (!orderId) {
      return new StepResponse<Stamped, Stamped>(null, null)
    }
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const [waiting] = await drivers.listDeliveryAssignments({ order_id: orderId, picked_up_at: null, completed_at: null }, { select: ["id"] })
    if (!waiting) {
      return new StepResponse<Stamped, Stamped>(null, null)
    }
    await drivers.updateDeliveryAssignments({ id: waiting.id, picked_up_at: new Date() })
    return new StepResponse<Stamped, Stamped>({ assignment_id: waiting.id }, { assignment_id: waiting.id })
  },
  async (stamped, { container }) => {
    if (!stamped) {
      return
    }
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).updateDeliveryAssignments({ id: stamped.assignment_id, picked_up_at: null })
  }
)
