import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import { deliveryStatus, DELIVERY_STATUSES, DeliveryStatus, deliveryStatusFields } from "./delivery-status"

/** The words shoppers see for an order they collect. */
export const COLLECTION_STATUSES = ["pending", "ready_for_pickup", "collected", "cancelled"] as const
export type CollectionStatus = (typeof COLLECTION_STATUSES)[number]

/** Every status word an order can show, collected or delivered. */
export const ORDER_PROGRESS_STATUSES = [...new Set([...DELIVERY_STATUSES, ...COLLECTION_STATUSES])] as [
  DeliveryStatus | CollectionStatus,
  ...(DeliveryStatus | CollectionStatus)[],
]

export type OrderProgress =
  | { fulfillment: "pickup"; status: CollectionStatus }
  | { fulfillment: "delivery"; status: DeliveryStatus }

type ShippingMethodState = { data?: Record<string, unknown> | null } | null

type LineState = {
  quantity?: BigNumberInput | null
  detail?: {
    quantity?: BigNumberInput | null
    fulfilled_quantity?: BigNumberInput | null
    delivered_quantity?: BigNumberInput | null
  } | null
}

type OrderState = { status: string; items?: (LineState | null)[] | null; shipping_methods?: ShippingMethodState[] | null }

/** What `orderProgress` reads of an order, for a query.graph on `order`. */
export const orderProgressFields = [...new Set([...deliveryStatusFields, "items.detail.fulfilled_quantity", "shipping_methods.data"])]

const amount = (value: BigNumberInput | null | undefined) => (value === null || value === undefined ? 0 : MathBN.convert(value).toNumber())

/**
 * Collect or deliver, from the order's shipping method: SweetSpot's fulfillment
 * provider records `data.fulfillment` ("pickup" | "delivery") when the option is
 * added to the cart, and Medusa copies it to the order. Anything else (no
 * shipping method, an option of another provider) is a delivery.
 */
export function fulfillmentKind(order: { shipping_methods?: ShippingMethodState[] | null }): FulfillmentKind {
  return (order.shipping_methods ?? []).some((method) => method?.data?.fulfillment === "pickup") ? "pickup" : "delivery"
}

/**
 * A collected order's status, derived from Medusa's own order state, never stored
 * twice: `ready_for_pickup` once every cake is fulfilled (staff created Medusa's
 * fulfillment: "Ready for collection"), `collected` once every cake is delivered
 * (Medusa's mark-as-delivered: "Collected"), `cancelled` for a cancelled order.
 * Cakes ready in part leave the order `pending`: the shopper comes once, for all
 * of them. Shipments play no part in a collection.
 */
export function collectionStatus(order: OrderState): CollectionStatus {
  if (order.status === "canceled") return "cancelled"
  const ordered = (line: LineState) => amount(line.detail?.quantity ?? line.quantity)
  const lines = (order.items ?? []).filter((line): line is LineState => !!line && ordered(line) > 0)
  if (!lines.length) return "pending"
  const delivered = (line: LineState) => amount(line.detail?.delivered_quantity)
  if (lines.every((line) => delivered(line) >= ordered(line))) return "collected"
  if (lines.every((line) => Math.max(amount(line.detail?.fulfilled_quantity), delivered(line)) >= ordered(line))) return "ready_for_pickup"
  return "pending"
}

/** Collect or deliver, and the status in the words of that kind (delivery: `deliveryStatus`). */
export function orderProgress(order: OrderState): OrderProgress {
  return fulfillmentKind(order) === "pickup"
    ? { fulfillment: "pickup", status: collectionStatus(order) }
    : { fulfillment: "delivery", status: deliveryStatus(order) }
}
