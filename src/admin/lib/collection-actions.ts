/** What staff's two collection buttons do to a pickup order, through Medusa's own fulfillment routes. */

type BigNumberLike = number | string | { value?: string | number } | null | undefined

const amount = (value: BigNumberLike) =>
  value === null || value === undefined ? 0 : Number(typeof value === "object" ? value.value ?? 0 : value)

/** The order fields `itemsToFulfil` and `fulfillmentsToHandOver` read (Medusa's GET /admin/orders/:id `fields`). */
export const collectionOrderFields = [
  "id",
  "items.id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "fulfillments.id",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
].join(",")

type OrderLines = {
  items?: ({ id: string; quantity?: BigNumberLike; detail?: { quantity?: BigNumberLike; fulfilled_quantity?: BigNumberLike } | null } | null)[] | null
}
type OrderFulfillments = { fulfillments?: ({ id: string; delivered_at?: unknown; canceled_at?: unknown } | null)[] | null }

/** "Ready for collection": every cake not fulfilled yet, in one Medusa fulfillment. */
export function itemsToFulfil(order: OrderLines) {
  return (order.items ?? [])
    .filter((item): item is NonNullable<typeof item> => !!item)
    // Asked for with `items.detail.*`, Medusa's order answer carries the line's quantity in `detail` only.
    .map((item) => ({ id: item.id, quantity: amount(item.quantity ?? item.detail?.quantity) - amount(item.detail?.fulfilled_quantity) }))
    .filter((item) => item.quantity > 0)
}

/** "Collected": every fulfillment not delivered or cancelled yet, marked delivered (Medusa's "picked up"). */
export function fulfillmentsToHandOver(order: OrderFulfillments) {
  return (order.fulfillments ?? [])
    .filter((f): f is NonNullable<typeof f> => !!f && !f.delivered_at && !f.canceled_at)
    .map((f) => f.id)
}
