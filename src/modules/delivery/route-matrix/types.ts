import type { Coordinates } from "../../../types/delivery/coordinates"

/** A place a route starts or ends at: coordinates when known, else an address line. */
export type Place = Coordinates | { address: string }

export type RouteElement =
  | { status: "ok"; distance_meters: number; duration_seconds: number }
  | { status: "not_found" | "no_route" }

/** One origin to many destinations: Google's matrix in the shape SweetSpot uses. */
export interface RouteMatrixBackend {
  readonly name: "routes" | "distance-matrix"
  /** Most destinations one request may carry with one origin. */
  maxDestinations(origin: Place, destinations: Place[]): number
  /** One request; elements in the destinations' order. Throws on transport, 5xx or quota answers. */
  request(origin: Place, destinations: Place[]): Promise<RouteElement[]>
}

export const placeKey = (place: Place) =>
  "address" in place ? place.address.trim().toLowerCase() : `${place.latitude.toFixed(5)},${place.longitude.toFixed(5)}`
