/** What an order's estimate shows to shoppers and staff (DESIGN: estimate). */
export const deliveryEstimateFields = [
  "delivery_estimate.eta_at",
  "delivery_estimate.distance_meters",
  "delivery_estimate.duration_seconds",
  "delivery_estimate.source",
  "delivery_estimate.computed_at",
  "delivery_estimate.origin_kind",
]

export function estimateView(estimate: any) {
  return estimate
    ? {
        eta_at: estimate.eta_at,
        distance_meters: estimate.distance_meters,
        duration_seconds: estimate.duration_seconds,
        source: estimate.source,
        computed_at: estimate.computed_at,
        origin: estimate.origin_kind ?? "bakery",
      }
    : null
}
