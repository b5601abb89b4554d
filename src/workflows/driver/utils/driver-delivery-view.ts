import { MathBN } from "@medusajs/framework/utils"
import { fulfillmentKind } from "../../delivery/rules/collection-status"
import { estimateView, deliveryEstimateFields } from "../../delivery/utils/delivery-estimate-view"
import { deliveryStage } from "../rules/delivery-stage"

/** What a driver (and the bakery's Deliveries page) reads of an order, for a query.graph on `order`. */
export const driverDeliveryOrderFields = [
  "id",
  "display_id",
  "status",
  "bakery.id",
  "shipping_address.first_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.detail.quantity",
  "items.cake_customization.message",
  "items.cake_customization.notes",
  "items.cake_customization.egg_version",
  "items.cake_customization.shape",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "shipping_methods.data",
  "delivery_slot.starts_at",
  "delivery_slot.ends_at",
  ...deliveryEstimateFields,
]

export type DeliveryAssignmentRecord = {
  id: string
  order_id: string
  driver_id: string
  claimed_at: Date | string
  picked_up_at: Date | string | null
  completed_at: Date | string | null
  driver?: { id: string; name: string } | null
}

/** Whether an order, as loaded with `driverDeliveryOrderFields`, is a delivery of this bakery. */
export const isBakeryDelivery = (order: any, bakeryId: string) => order?.bakery?.id === bakeryId && fulfillmentKind(order) === "delivery"

/**
 * A delivery as drivers see it: where and when, the cakes (titles, sizes,
 * quantities, messages and notes), whom to hand them to (first name and phone
 * only), who carries it and how far it got.
 */
export function driverDeliveryView(order: any, assignment: DeliveryAssignmentRecord | null) {
  const address = order.shipping_address ?? {}
  const slot = order.delivery_slot
  return {
    order_id: order.id as string,
    display_id: order.display_id as number,
    stage: deliveryStage({ status: order.status, fulfillments: order.fulfillments, assignment }),
    slot: slot ? { starts_at: slot.starts_at, ends_at: slot.ends_at } : null,
    address: {
      address_1: address.address_1 ?? null,
      address_2: address.address_2 ?? null,
      city: address.city ?? null,
      postal_code: address.postal_code ?? null,
      country_code: address.country_code ?? null,
    },
    customer: { first_name: address.first_name ?? null, phone: address.phone ?? null },
    cakes: (order.items ?? []).filter(Boolean).map((item: any) => ({
      title: item.product_title ?? null,
      size: item.variant_title ?? null,
      quantity: MathBN.convert(item.detail?.quantity ?? item.quantity ?? 0).toNumber(),
      message: item.cake_customization?.message ?? null,
      notes: item.cake_customization?.notes ?? null,
      egg_version: item.cake_customization?.egg_version ?? null,
      shape: item.cake_customization?.shape ?? null,
    })),
    driver: assignment?.driver ? { id: assignment.driver.id, name: assignment.driver.name } : null,
    claimed_at: assignment?.claimed_at ?? null,
    picked_up_at: assignment?.picked_up_at ?? null,
    completed_at: assignment?.completed_at ?? null,
    estimate: estimateView(order.delivery_estimate),
  }
}
