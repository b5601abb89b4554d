/** A currency's share of a bakery's takings, in the currency's main unit. */
export type AdminBakeryRevenue = {
  currency_code: string
  amount: number
}

/** A cake among a bakery's best sellers; `product_id` is null once the product is deleted. */
export type AdminBakeryTopCake = {
  product_id: string | null
  title: string
  quantity: number
}

/** How a bakery did over `[from, to)`: its orders that were not canceled, what they brought in and how punctually they arrived. */
export type AdminBakeryStats = {
  bakery_id: string
  /** ISO date-times of the window actually used; `to` is exclusive. */
  from: string
  to: string
  orders: number
  /** Sum of the orders' totals, one entry per currency, sorted by currency code. */
  revenue: AdminBakeryRevenue[]
  cakes_sold: number
  /** At most five, by quantity (most first), then title. */
  top_cakes: AdminBakeryTopCake[]
  /** Orders with a delivery slot that were delivered. */
  delivered: number
  /** Of those, delivered at or before the slot's end. */
  delivered_on_time: number
  /** delivered_on_time / delivered; null when nothing was delivered. */
  on_time_share: number | null
}

export type AdminBakeryStatsResponse = { stats: AdminBakeryStats }
