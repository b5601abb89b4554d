import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { Place } from "../../../modules/delivery/route-matrix/types"
import type { DeliveryEstimateFields } from "../../../types/delivery/delivery-estimate-fields"
import DeliveryModuleService from "../../../modules/delivery/service"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { orderIdsOfFulfillments } from "../../../utils/order-ids-of-fulfillments"
import { addressPlace, destinationFields } from "../rules/eta"
import { isDeliveredFromBakery } from "../rules/out-for-delivery"

export type LoadOrdersOutForDeliveryInput = {
  /** Only these orders, whatever their state (a staff refresh). */
  order_ids?: string[]
  /** Only the orders of these fulfillments (a shipment just created). */
  fulfillment_ids?: string[]
}

/** What an estimate reads of the bakery it leaves from. */
const bakeryFields = ["id", "name", "latitude", "longitude", "address_1", "city", "postal_code", "country_code"]

const orderFields = [
  "id",
  "status",
  ...destinationFields,
  ...bakeryFields.map((field) => `bakery.${field}`),
  "delivery_slot.ends_at",
  // The whole current estimate: the save step keeps it as it is, or restores it on compensation, without reading it again.
  "delivery_estimate.*",
  "shipping_methods.data",
]

/** The current estimate of an order, as loaded (dates serialised between steps). */
export type CurrentDeliveryEstimate = DeliveryEstimateFields<string | Date> & {
  id: string
  arriving_soon_notified_at: string | Date | null
  created_at?: string | Date
  updated_at?: string | Date
}

/** An order out for delivery as an estimate reads it: only what it uses. */
export type OrderOutForDelivery = {
  id: string
  destination: Place | null
  bakery: Record<string, unknown> & { id: string }
  delivery_slot: { ends_at: string | Date | null } | null
  delivery_estimate: CurrentDeliveryEstimate | null
  carrier: { driver_id: string; latitude: number | null; longitude: number | null; position_recorded_at: string | Date | null } | null
}

type Carrier = NonNullable<OrderOutForDelivery["carrier"]>

/** The drivers carrying the given orders (picked up, not yet handed over), or every order carried now. */
async function carriersOf(container: MedusaContainer, orderIds?: string[]): Promise<Map<string, Carrier>> {
  const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
  const carried = orderIds
    ? (
        await drivers.listDeliveryAssignments(
          { order_id: orderIds, picked_up_at: { $ne: null }, completed_at: null },
          { relations: ["driver"] }
        )
      ).map(({ order_id, driver }) => ({ order_id, driver_id: driver.id, ...driver }))
    : await drivers.listCarriedOrders()
  return new Map(
    carried.map(({ order_id, driver_id, latitude, longitude, position_recorded_at }): [string, Carrier] => [
      order_id,
      { driver_id, latitude, longitude, position_recorded_at },
    ])
  )
}

/**
 * Every order out for delivery, from the delivery module's list of them: one
 * query for the list with the current estimates, one for their bakeries and one
 * for the drivers carrying, whatever the number of orders. What the scheduled refresh reads.
 */
async function listedOrdersOutForDelivery(container: MedusaContainer): Promise<OrderOutForDelivery[]> {
  const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const listed = await delivery.listOrdersOutForDelivery()
  if (!listed.length) {
    return []
  }
  const [bakeries, carriers] = await Promise.all([
    (container.resolve(BAKERY_MODULE) as BakeryModuleService).listBakeries(
      { id: [...new Set(listed.map((order) => order.bakery_id))] },
      { select: bakeryFields }
    ),
    carriersOf(container),
  ])
  const bakeryOf = new Map(bakeries.map((bakery): [string, Record<string, unknown>] => [bakery.id, bakery]))
  // A bakery deleted since the shipment leaves nothing to estimate from, as an order without one.
  return listed.flatMap((order): OrderOutForDelivery[] => {
    const bakery = bakeryOf.get(order.bakery_id)
    if (!bakery) return []
    return [
      {
        id: order.order_id,
        destination: order.destination,
        bakery: bakery as OrderOutForDelivery["bakery"],
        delivery_slot: order.slot_ends_at ? { ends_at: order.slot_ends_at } : null,
        delivery_estimate: order.estimate as CurrentDeliveryEstimate | null,
        carrier: carriers.get(order.order_id) ?? null,
      },
    ]
  })
}

/**
 * The given orders (whatever their state: a staff refresh estimates a waiting
 * order too), or the orders of the given fulfillments while they are out for
 * delivery, read from the orders themselves; never a cancelled or pickup order.
 */
async function readOrders(container: MedusaContainer, input: LoadOrdersOutForDeliveryInput): Promise<OrderOutForDelivery[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds =
    input.order_ids ??
    (await orderIdsOfFulfillments(container, { shipped_at: { $ne: null }, delivered_at: null, canceled_at: null, id: input.fulfillment_ids! }))
  if (!orderIds?.length) {
    return []
  }
  const { data: orders } = await query.graph({ entity: "order", fields: orderFields, filters: { id: orderIds } })
  const outForDelivery = orders.filter(isDeliveredFromBakery)
  if (!outForDelivery.length) {
    return []
  }
  const carriers = await carriersOf(container, outForDelivery.map((o) => o.id))
  return outForDelivery.map(
    (order: any): OrderOutForDelivery => ({
      id: order.id,
      destination: addressPlace(order.shipping_address),
      bakery: order.bakery,
      delivery_slot: order.delivery_slot ?? null,
      delivery_estimate: order.delivery_estimate ?? null,
      carrier: carriers.get(order.id) ?? null,
    })
  )
}

/**
 * The orders to estimate, with what an estimate needs. Given orders or
 * fulfillments (a shipment, a staff or driver refresh: a few orders), they are
 * read from the orders themselves. Given nothing (the scheduled refresh: every
 * order out for delivery, 10,000 of them on a busy day), from the delivery
 * module's list of orders out for delivery, which `trackOrdersOutForDeliveryStep`
 * keeps: reading 10,000 orders through the order module and four links takes
 * seconds, the list a fraction of one.
 */
export async function loadOrdersOutForDelivery(container: MedusaContainer, input: LoadOrdersOutForDeliveryInput): Promise<OrderOutForDelivery[]> {
  return input.order_ids || input.fulfillment_ids ? readOrders(container, input) : listedOrdersOutForDelivery(container)
}
