import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { fulfillmentKind } from "../rules/collection-status"

export type LoadOrdersOutForDeliveryInput = {
  /** Only these orders, whatever their state (a staff refresh). */
  order_ids?: string[]
  /** Only the orders of these fulfillments (a shipment just created). */
  fulfillment_ids?: string[]
}

const orderFields = [
  "id",
  "status",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.metadata",
  "bakery.id",
  "bakery.name",
  "bakery.latitude",
  "bakery.longitude",
  "bakery.address_1",
  "bakery.city",
  "bakery.postal_code",
  "bakery.country_code",
  "delivery_slot.ends_at",
  "delivery_estimate.id",
  "delivery_estimate.arriving_soon_notified_at",
  "delivery_estimate.origin",
  "delivery_estimate.destination",
  "delivery_estimate.distance_meters",
  "delivery_estimate.duration_seconds",
  "delivery_estimate.source",
  "delivery_estimate.eta_at",
  "shipping_methods.data",
]

export const loadOrdersOutForDeliveryStepId = "load-orders-out-for-delivery"

/**
 * The orders out for delivery (shipped, not delivered, not cancelled), with
 * what an estimate needs; never a pickup order, whatever staff did with its
 * fulfillment (it is collected). Three queries whatever the number of orders: the
 * shipped fulfillments, their orders' ids (the order-fulfillment link), and the
 * orders with their bakery, address, slot and current estimate; then one more for
 * the drivers carrying them (`carrier`: their latest position, or null).
 */
export const loadOrdersOutForDeliveryStep = createStep(
  loadOrdersOutForDeliveryStepId,
  async (input: LoadOrdersOutForDeliveryInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let orderIds = input.order_ids
    if (!orderIds) {
      const { data: fulfillments } = await query.graph({
        entity: "fulfillment",
        fields: ["id"],
        filters: {
          shipped_at: { $ne: null },
          delivered_at: null,
          canceled_at: null,
          ...(input.fulfillment_ids ? { id: input.fulfillment_ids } : {}),
        },
      })
      if (!fulfillments.length) {
        return new StepResponse([] as any[])
      }
      const { data: links } = await query.graph({
        entity: "order_fulfillment",
        fields: ["order_id"],
        filters: { fulfillment_id: fulfillments.map((f) => f.id) },
      })
      orderIds = [...new Set(links.map((l: any) => l.order_id as string))] as string[]
    }
    if (!orderIds?.length) {
      return new StepResponse([] as any[])
    }
    const { data: orders } = await query.graph({ entity: "order", fields: orderFields, filters: { id: orderIds } })
    const outForDelivery = orders.filter((o: any) => o.status !== "canceled" && o.bakery && fulfillmentKind(o) === "delivery")
    if (!outForDelivery.length) {
      return new StepResponse([] as any[])
    }
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const carried = await drivers.listDeliveryAssignments(
      { order_id: outForDelivery.map((o) => o.id), picked_up_at: { $ne: null }, completed_at: null },
      { relations: ["driver"] }
    )
    const carrierOf = new Map(carried.map((a) => [a.order_id, a.driver]))
    return new StepResponse(
      outForDelivery.map((order) => {
        const driver = carrierOf.get(order.id)
        return {
          ...order,
          carrier: driver
            ? { driver_id: driver.id, latitude: driver.latitude, longitude: driver.longitude, position_recorded_at: driver.position_recorded_at }
            : null,
        }
      }) as any[]
    )
  }
)
