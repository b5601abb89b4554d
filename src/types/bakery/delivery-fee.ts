/** What a bakery charges to deliver in one currency; amounts in the currency's main unit. */
export type DeliveryFee = {
  currency_code: string
  /** Charged on every delivery. */
  base: number
  /** Added per km of road distance. */
  per_km: number
  /** Delivery is free once the cart's item subtotal reaches this; none = never free. */
  free_over?: number | null
}
