import type { Coordinates } from "../../../types/delivery/coordinates"

const EARTH_RADIUS_KM = 6371.0088

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h))
}

/**
 * Whether an address is outside a bakery's delivery radius. Unknown (false) when
 * the bakery has no radius or coordinates, or the address has no coordinates.
 */
export function outsideDeliveryRadius(
  bakery: { latitude: number | null; longitude: number | null; delivery_radius_km: number | null },
  address: Coordinates | null
): { outside: boolean; distance_km?: number } {
  if (bakery.delivery_radius_km == null || bakery.latitude == null || bakery.longitude == null || !address) {
    return { outside: false }
  }
  const distance_km = distanceKm({ latitude: bakery.latitude, longitude: bakery.longitude }, address)
  return { outside: distance_km > bakery.delivery_radius_km, distance_km }
}
