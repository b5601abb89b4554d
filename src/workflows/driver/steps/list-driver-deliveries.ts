import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { orderIdsOfFulfillments } from "../../../utils/order-ids-of-fulfillments"
import { zonedDate, zonedTimeToInstant } from "../../../utils/zoned-time"
import { loadActiveDriver } from "../utils/load-active-driver"
import { loadDeliveryViews } from "../utils/load-delivery-views"

export type ListDriverDeliveriesInput = { driver_id: string; status: "ready" | "mine" | "done" }

export const listDriverDeliveriesStepId = "list-driver-deliveries"

/**
 * A driver's lists. `ready`: the bakery's prepared deliveries (a fulfillment at
 * the bakery's stock location, not shipped, not cancelled) nobody holds; `mine`:
 * the ones the driver claimed or carries; `done`: the ones they delivered since
 * midnight in the bakery's time zone.
 */
export const listDriverDeliveriesStep = createStep(
  listDriverDeliveriesStepId,
  async ({ driver_id, status }: ListDriverDeliveriesInput, { container }) => {
    const driver = await loadActiveDriver(container, driver_id)
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    let orderIds: string[] = []
    if (status === "mine") {
      const mine = await drivers.listDeliveryAssignments({ driver_id, completed_at: null }, { select: ["order_id"] })
      orderIds = mine.map((a) => a.order_id)
    } else if (status === "done") {
      const [bakery] = await (container.resolve(BAKERY_MODULE) as BakeryModuleService).listBakeries({ id: driver.bakery_id }, { select: ["timezone"] })
      const zone = bakery?.timezone ?? "UTC"
      const midnight = zonedTimeToInstant(zonedDate(new Date(), zone), "00:00", zone)
      const done = await drivers.listDeliveryAssignments({ driver_id, completed_at: { $gte: midnight } }, { select: ["order_id"] })
      orderIds = done.map((a) => a.order_id)
    } else {
      orderIds = await preparedUnclaimedOrders(container, driver.bakery_id)
    }
    const views = await loadDeliveryViews(container, driver.bakery_id, orderIds)
    return new StepResponse(status === "ready" ? views.filter((view) => view.stage === "ready") : views)
  }
)

async function preparedUnclaimedOrders(container: MedusaContainer, bakeryId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bakery] } = await query.graph({ entity: "bakery", fields: ["stock_location.id"], filters: { id: bakeryId } })
  const locationId = bakery?.stock_location?.id
  if (!locationId) {
    return []
  }
  const orderIds = await orderIdsOfFulfillments(container, { location_id: locationId, shipped_at: null, delivered_at: null, canceled_at: null })
  const held = await (container.resolve(DRIVER_MODULE) as DriverModuleService).listDeliveryAssignments({ order_id: orderIds }, { select: ["order_id"] })
  const heldIds = new Set(held.map((a) => a.order_id))
  return orderIds.filter((id) => !heldIds.has(id))
}
