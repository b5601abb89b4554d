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
