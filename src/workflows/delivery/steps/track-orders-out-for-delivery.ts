import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { Place, placeKey } from "../../../modules/delivery/route-matrix/types"
import { orderIdsOfFulfillments } from "../../../utils/order-ids-of-fulfillments"
import { addressPlace, destinationFields } from "../rules/eta"
import { isOutForDelivery, outForDeliveryFields } from "../rules/out-for-delivery"

export type TrackOrdersOutForDeliveryInput = {
  /** These orders (a cancellation, an order update, a staff or driver refresh). */
  order_ids?: string[]
  /** The orders of these fulfillments (a shipment, a delivery). */
  fulfillment_ids?: string[]
}

const orderFields = [...outForDeliveryFields, ...destinationFields, "delivery_slot.ends_at"]

const samePlace = (a: Place | null | undefined, b: Place | null | undefined) => (a ? placeKey(a) : null) === (b ? placeKey(b) : null)

const sameInstant = (a: string | Date | null | undefined, b: string | Date | null | undefined) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

export const trackOrdersOutForDeliveryStepId = "track-orders-out-for-delivery"

/**
 * Brings the delivery module's list of orders out for delivery (`OutForDelivery`)
 * in line with the orders themselves, for the given orders, or for all of them
 * when given none (the scheduled reconcile, and the first fill): adds an order
 * that has just left the bakery, updates one whose address, bakery or window
 * changed, and removes one that was delivered or cancelled. Reads the orders
 * through Medusa's modules, so whatever changed them (Medusa's admin routes,
 * ours, a script) the list follows.
 *
 * No compensation: the list is a copy of the orders' state as it is now, and a
 * workflow failing after this step leaves the orders as they are, so the copy
 * stays right.
 */
export const trackOrdersOutForDeliveryStep = createStep(
  trackOrdersOutForDeliveryStepId,
  async (input: TrackOrdersOutForDeliveryInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const everything = !input.order_ids && !input.fulfillment_ids

    let orderIds = input.order_ids ?? []
    if (input.fulfillment_ids?.length || everything) {
      // Given fulfillments whatever their state (a delivered one takes its order off the list); else every one on its way.
      const ofFulfillments = await orderIdsOfFulfillments(
        container,
        everything ? { shipped_at: { $ne: null }, delivered_at: null, canceled_at: null } : { id: input.fulfillment_ids }
      )
      orderIds = [...new Set([...orderIds, ...ofFulfillments])]
    }

    const { data: orders } = orderIds.length ? await query.graph({ entity: "order", fields: ["id", ...orderFields], filters: { id: orderIds } }) : { data: [] }
    const out = new Map(
      orders.filter(isOutForDelivery).map((order: any) => [
        order.id as string,
        {
          order_id: order.id as string,
          bakery_id: order.bakery.id as string,
          destination: addressPlace(order.shipping_address),
          slot_ends_at: order.delivery_slot?.ends_at ? new Date(order.delivery_slot.ends_at) : null,
        },
      ])
    )

    // The rows these orders have now (every row, for the reconcile: a row whose order is gone goes too).
    const rows = await delivery.listOutForDeliveries(everything ? {} : { order_id: orderIds }, {
      select: ["id", "order_id", "bakery_id", "destination", "slot_ends_at"],
    })
    const rowOf = new Map(rows.map((row) => [row.order_id, row]))
    const removed = rows.filter((row) => !out.has(row.order_id)).map((row) => row.id)
    const added = [...out.values()].filter((wanted) => !rowOf.has(wanted.order_id))
    const changed = [...out.values()].flatMap((wanted) => {
      const row = rowOf.get(wanted.order_id)
      const same =
        !row ||
        (row.bakery_id === wanted.bakery_id &&
          samePlace(row.destination as Place | null, wanted.destination) &&
          sameInstant(row.slot_ends_at, wanted.slot_ends_at))
      return same ? [] : [{ id: row.id, ...wanted }]
    })

    if (removed.length) await delivery.deleteOutForDeliveries(removed)
    if (added.length) await delivery.createOutForDeliveries(added)
    if (changed.length) await delivery.updateOutForDeliveries(changed)
    return new StepResponse({ added: added.length, changed: changed.length, removed: removed.length })
  }
)
