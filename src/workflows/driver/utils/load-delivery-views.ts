import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { DeliveryAssignmentRecord, driverDeliveryOrderFields, driverDeliveryView, isBakeryDelivery } from "./driver-delivery-view"

/**
 * The given orders as a bakery's drivers see them, soonest window first: two
 * queries whatever their number (the orders, then their live assignments with
 * the driver). Orders that are not deliveries of the bakery are left out.
 */
export async function loadDeliveryViews(container: MedusaContainer, bakeryId: string, orderIds: string[]) {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: driverDeliveryOrderFields, filters: { id: orderIds } })
  const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
  const assignments = await drivers.listDeliveryAssignments({ order_id: orderIds }, { relations: ["driver"] })
  const assignmentOf = new Map(assignments.map((a) => [a.order_id, a as unknown as DeliveryAssignmentRecord]))
  const startOf = (view: ReturnType<typeof driverDeliveryView>) => (view.slot ? new Date(view.slot.starts_at).getTime() : Infinity)
  return orders
    .filter((order) => isBakeryDelivery(order, bakeryId))
    .map((order) => driverDeliveryView(order, assignmentOf.get(order.id) ?? null))
    .sort((a, b) => startOf(a) - startOf(b) || a.display_id - b.display_id)
}
