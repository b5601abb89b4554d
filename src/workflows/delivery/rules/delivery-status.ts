import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** The words shoppers see for an order's delivery. */
export const DELIVERY_STATUSES = ["pending", "shipped", "delivered", "cancelled"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** An order line's progress, as Medusa keeps it on the line's order item (`detail`). */
type LineState = {
  quantity?: BigNumberInput | null
  detail?: {
    quantity?: BigNumberInput | null
    shipped_quantity?: BigNumberInput | null
    delivered_quantity?: BigNumberInput | null
  } | null
}

/** What `deliveryStatus` reads of an order, for a query.graph on `order`. */
export const deliveryStatusFields = [
  "status",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
]

const amount = (value: BigNumberInput | null | undefined) => (value === null || value === undefined ? 0 : MathBN.convert(value).toNumber())

/**
 * Derived from Medusa's own order state, never stored twice. The order's `status`
 * stays "pending" through delivery, so its lines tell: `delivered` once every
 * line's cakes are all delivered, `shipped` once any cake is on its way or
 * delivered (a partly delivered order still reads `shipped`), else `pending`.
 */
export function deliveryStatus(order: { status: string; items?: (LineState | null)[] | null }): DeliveryStatus {
  if (order.status === "canceled") return "cancelled"
  const lines = (order.items ?? []).filter((line): line is LineState => !!line && amount(line.detail?.quantity ?? line.quantity) > 0)
  const ordered = (line: LineState) => amount(line.detail?.quantity ?? line.quantity)
  if (lines.length && lines.every((line) => amount(line.detail?.delivered_quantity) >= ordered(line))) return "delivered"
  if (lines.some((line) => amount(line.detail?.shipped_quantity) > 0 || amount(line.detail?.delivered_quantity) > 0)) return "shipped"
  return "pending"
}
