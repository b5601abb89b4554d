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
  // The whole current estimate: the save step keeps it as it is, or restores it on compensation, without reading it again.
  "delivery_estimate.*",
  "shipping_methods.data",
]

/** What an estimate says of an order's arrival, its dates as `D`. */
export type DeliveryEstimateFields<D = Date> = {
  bakery_id: string
  origin: string
  origin_kind: "bakery" | "driver"
  destination: string
  distance_meters: number | null
  duration_seconds: number | null
  eta_at: D
  source: "google" | "fallback"
  fallback_reason: string | null
  computed_at: D
}

/** The current estimate of an order, as the load step read it (dates serialised between steps). */
export type CurrentDeliveryEstimate = DeliveryEstimateFields<string | Date> & {
  id: string
  arriving_soon_notified_at: string | Date | null
  created_at?: string | Date
  updated_at?: string | Date
}

/**
 * An order out for delivery as the estimate steps read it: only what they use, since
 * every step's result is copied between steps (10,000 orders with their status and
 * shipping methods would be copied for nothing).
 */
export type OrderOutForDelivery = {
  id: string
  shipping_address: Record<string, unknown> | null
  bakery: Record<string, unknown> & { id: string }
  delivery_slot: { ends_at: string | Date | null } | null
  delivery_estimate: CurrentDeliveryEstimate | null
  carrier: { driver_id: string; latitude: number | null; longitude: number | null; position_recorded_at: string | Date | null } | null
}

export const loadOrdersOutForDeliveryStepId = "load-orders-out-for-delivery"

/**
 * The orders out for delivery (shipped, not delivered, not cancelled), with
 * what an estimate needs; never a pickup order, whatever staff did with its
 * fulfillment (it is collected). Three queries whatever the number of orders: the
 * shipped fulfillments, their orders' ids (the order-fulfillment link), and the
 * orders with their bakery, address, slot and current estimate; then one more for
 * the drivers carrying them (`carrier`: their latest position, or null). Answers
 * each order with only what the estimate steps read (OrderOutForDelivery).
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
        return new StepResponse([] as OrderOutForDelivery[])
      }
      const { data: links } = await query.graph({
        entity: "order_fulfillment",
        fields: ["order_id"],
        filters: { fulfillment_id: fulfillments.map((f) => f.id) },
      })
      orderIds = [...new Set(links.map((l: any) => l.order_id as string))] as string[]
    }
    if (!orderIds?.length) {
      return new StepResponse([] as OrderOutForDelivery[])
    }
    const { data: orders } = await query.graph({ entity: "order", fields: orderFields, filters: { id: orderIds } })
    const outForDelivery = orders.filter((o: any) => o.status !== "canceled" && o.bakery && fulfillmentKind(o) === "delivery")
    if (!outForDelivery.length) {
      return new StepResponse([] as OrderOutForDelivery[])
    }
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const carried = await drivers.listDeliveryAssignments(
      { order_id: outForDelivery.map((o) => o.id), picked_up_at: { $ne: null }, completed_at: null },
      { relations: ["driver"] }
    )
    const carrierOf = new Map(carried.map((a) => [a.order_id, a.driver]))
    return new StepResponse(
      outForDelivery.map((order): OrderOutForDelivery => {
        const driver = carrierOf.get(order.id)
        return {
          id: order.id,
          shipping_address: (order.shipping_address ?? null) as OrderOutForDelivery["shipping_address"],
          bakery: order.bakery as OrderOutForDelivery["bakery"],
          delivery_slot: (order.delivery_slot ?? null) as OrderOutForDelivery["delivery_slot"],
          delivery_estimate: (order.delivery_estimate ?? null) as OrderOutForDelivery["delivery_estimate"],
          carrier: driver
            ? { driver_id: driver.id, latitude: driver.latitude, longitude: driver.longitude, position_recorded_at: driver.position_recorded_at }
            : null,
        }
      })
    )
  }
)
