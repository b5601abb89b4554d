import { Place } from "../../../modules/delivery/route-matrix/types"
import type { Coordinates as Coords } from "../../../types/delivery/coordinates"
import { positionIsFresh } from "../../driver/rules/driver-position"
import { distanceKm } from "./delivery-radius"

const coordsOf = (lat: unknown, lng: unknown): Coords | null => {
  const latitude = Number(lat)
  const longitude = Number(lng)
  return lat !== null && lat !== undefined && lng !== null && lng !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude)
    ? { latitude, longitude }
    : null
}

/** Where a bakery's deliveries start: its coordinates, else its address line. */
export function bakeryPlace(bakery: any): Place | null {
  const coords = coordsOf(bakery?.latitude, bakery?.longitude)
  if (coords) return coords
  const line = [bakery?.address_1, bakery?.city, bakery?.postal_code, bakery?.country_code].filter(Boolean).join(", ")
  return line ? { address: line } : null
}

/**
 * Where an order's route starts: the carrying driver's latest position while it
 * is at most `maxAgeSeconds` old, else the bakery.
 */
export function estimateOrigin(
  order: { bakery: any; carrier?: { latitude?: number | null; longitude?: number | null; position_recorded_at?: string | Date | null } | null },
  now: Date,
  maxAgeSeconds: number
): { origin: Place | null; origin_kind: "bakery" | "driver" } {
  const carrier = order.carrier
  const position = coordsOf(carrier?.latitude, carrier?.longitude)
  if (position && positionIsFresh(carrier?.position_recorded_at, now, maxAgeSeconds)) {
    return { origin: position, origin_kind: "driver" }
  }
  return { origin: bakeryPlace(order.bakery), origin_kind: "bakery" }
}

/** An address's coordinates, when the storefront put them in its metadata (latitude, longitude). */
export function addressCoordinates(address: any): Coords | null {
  return coordsOf(address?.metadata?.latitude, address?.metadata?.longitude)
}

/** What `addressPlace` reads of an order's shipping address, for a query.graph on `order`. */
export const destinationFields = ["address_1", "city", "postal_code", "country_code", "metadata"].map((field) => `shipping_address.${field}`)

/** Where an order goes: the address's coordinates, else its address line. */
export function addressPlace(address: any): Place | null {
  const coords = addressCoordinates(address)
  if (coords) return coords
  const line = [address?.address_1, address?.city, address?.postal_code, address?.country_code?.toUpperCase()].filter(Boolean).join(", ")
  return line ? { address: line } : null
}

export const placeLabel = (place: Place | null) =>
  !place ? "unknown" : "address" in place ? place.address : `${place.latitude},${place.longitude}`

/**
 * The estimate when Google cannot give one: straight-line distance at an
 * average speed plus the bakery's handover time, when both ends have
 * coordinates; else the end of the booked window; else now + handover.
 */
export function fallbackEta(input: {
  now: Date
  origin: Place | null
  destination: Place | null
  slot_ends_at?: string | Date | null
  speed_kmh: number
  handover_minutes: number
}) {
  const from = input.origin && !("address" in input.origin) ? input.origin : null
  const to = input.destination && !("address" in input.destination) ? input.destination : null
  if (from && to) {
    const km = distanceKm(from, to)
    const duration_seconds = Math.round((km / input.speed_kmh) * 3600 + input.handover_minutes * 60)
    return {
      distance_meters: Math.round(km * 1000),
      duration_seconds,
      eta_at: new Date(input.now.getTime() + duration_seconds * 1000),
    }
  }
  const slotEnd = input.slot_ends_at ? new Date(input.slot_ends_at) : null
  return {
    distance_meters: null,
    duration_seconds: null,
    eta_at: slotEnd && slotEnd.getTime() > input.now.getTime() ? slotEnd : new Date(input.now.getTime() + input.handover_minutes * 60000),
  }
}

/** Whether the arriving-soon email is due: the ETA is within the threshold and it has not gone out. */
export function arrivingSoonDue(
  estimate: { eta_at: Date | string; arriving_soon_notified_at?: Date | string | null },
  now: Date | string,
  minutes: number
) {
  return !estimate.arriving_soon_notified_at && new Date(estimate.eta_at).getTime() - new Date(now).getTime() <= minutes * 60000
}
