import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { placeKey } from "../../../modules/delivery/route-matrix/types"
import type { Coordinates } from "../../../types/delivery/coordinates"
import { ROAD_FACTOR } from "../rules/delivery-fee"
import { distanceKm } from "../rules/delivery-radius"

/** Google's road distances change little: kept a day. */
const ROAD_TTL_SECONDS = 24 * 3600
/** A fallback is kept briefly, so a Google outage does not cost every cart its retries, nor outlive the outage long. */
const FALLBACK_TTL_SECONDS = 300

export type RoadDistance = { km: number; source: "road" | "straight_line" }

/**
 * Road distance in km from a bakery to a point: Google's route matrix (the
 * delivery module's routeFrom), cached; the straight line x 1.3 when Google is
 * not configured, fails or finds no route. Never throws for Google's sake.
 */
export async function roadDistance(container: MedusaContainer, from: Coordinates, to: Coordinates): Promise<RoadDistance> {
  const caching = container.resolve(Modules.CACHING)
  const key = `sweetspot:road-km:${placeKey(from)}:${placeKey(to)}`
  const cached = (await caching.get({ key }).catch(() => null)) as RoadDistance | null
  if (cached) {
    return cached
  }
  let found: RoadDistance | null = null
  try {
    const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const { outcomes } = await delivery.routeFrom(from, [to])
    const outcome = outcomes[0]
    if (outcome?.status === "ok") {
      found = { km: outcome.distance_meters / 1000, source: "road" }
    }
  } catch {
    // Falls back below: a distance must never block the cart.
  }
  const answer = found ?? { km: distanceKm(from, to) * ROAD_FACTOR, source: "straight_line" as const }
  await caching
    .set({ key, data: answer, ttl: found ? ROAD_TTL_SECONDS : FALLBACK_TTL_SECONDS })
    .catch(() => undefined)
  return answer
}
