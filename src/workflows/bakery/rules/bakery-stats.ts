import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { AdminBakeryStats, AdminBakeryTopCake } from "../../../types/bakery/bakery-stats"
import { deliveryStatus } from "../../delivery/rules/delivery-status"

/** What the stats read of an order's line; quantities may come as BigNumbers. */
export type StatsOrderItem = {
  quantity: BigNumberInput
  product_id?: string | null
  product_title?: string | null
  title?: string | null
  /** How far the line has got (shipped, delivered), as Medusa keeps it. */
  detail?: { quantity?: any; shipped_quantity?: any; delivered_quantity?: any } | null
}

type StatsFulfillment = { delivered_at?: string | Date | null; canceled_at?: string | Date | null }

/** What the stats read of an order, as one query.graph answers it; `total` may be a BigNumber. */
export type StatsOrder = {
  id: string
  status: string
  currency_code: string
  total: BigNumberInput
  items?: (StatsOrderItem | null)[] | null
  fulfillments?: (StatsFulfillment | null)[] | null
  delivery_slot?: { ends_at: string | Date } | null
}

export type BakeryStatsInput = {
  bakery_id: string
  from: Date
  to: Date
  /** The bakery's orders created in [from, to), canceled ones included (they are skipped here). */
  orders: StatsOrder[]
}

export const TOP_CAKES_LIMIT = 5

const time = (value: string | Date) => new Date(value).getTime()

/** When the cake arrived: the last delivery among the order's fulfillments that were not canceled. */
function deliveredAt(order: StatsOrder): number | null {
  const times = (order.fulfillments ?? [])
    .filter((f): f is StatsFulfillment => !!f && !f.canceled_at && !!f.delivered_at)
    .map((f) => time(f.delivered_at!))
  return times.length ? Math.max(...times) : null
}

/**
 * A bakery's orders over a window, summed up for its staff: canceled orders do
 * not count; revenue is summed per currency with Medusa's BigNumber maths (no
 * float drift); an order counts as delivered when every line has arrived (the
 * rule shoppers see) and it has a slot to be on time for.
 */
export function bakeryStats(input: BakeryStatsInput): AdminBakeryStats {
  const orders = input.orders.filter((order) => order.status !== "canceled")

  const revenue = new Map<string, ReturnType<typeof MathBN.add>>()
  const cakes = new Map<string, AdminBakeryTopCake>()
  let cakesSold = 0
  let delivered = 0
  let deliveredOnTime = 0

  for (const order of orders) {
    revenue.set(order.currency_code, MathBN.add(revenue.get(order.currency_code) ?? 0, order.total))

    for (const item of order.items ?? []) {
      if (!item) continue
      const quantity = MathBN.convert(item.quantity).toNumber()
      cakesSold += quantity
      const title = item.product_title ?? item.title ?? ""
      // A deleted product leaves its lines without a product id: its title keeps them together.
      const key = item.product_id ?? `title:${title}`
      const cake = cakes.get(key) ?? { product_id: item.product_id ?? null, title, quantity: 0 }
      cake.quantity += quantity
      cakes.set(key, cake)
    }

    const slot = order.delivery_slot
    if (slot && deliveryStatus(order as Parameters<typeof deliveryStatus>[0]) === "delivered") {
      delivered++
      const arrived = deliveredAt(order)
      if (arrived !== null && arrived <= time(slot.ends_at)) {
        deliveredOnTime++
      }
    }
  }

  return {
    bakery_id: input.bakery_id,
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    orders: orders.length,
    revenue: [...revenue.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency_code, amount]) => ({ currency_code, amount: amount.toNumber() })),
    cakes_sold: cakesSold,
    top_cakes: [...cakes.values()]
      .sort((a, b) => b.quantity - a.quantity || a.title.localeCompare(b.title))
      .slice(0, TOP_CAKES_LIMIT),
    delivered,
    delivered_on_time: deliveredOnTime,
    on_time_share: delivered ? deliveredOnTime / delivered : null,
  }
}
