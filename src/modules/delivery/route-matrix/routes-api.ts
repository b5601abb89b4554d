import { MedusaError } from "@medusajs/framework/utils"
import { Place, RouteElement, RouteMatrixBackend } from "./types"

/** Routes API limits (computeRouteMatrix): 625 elements, and at most 50 waypoints given by address. */
const MAX_ELEMENTS = 625
const MAX_ADDRESS_WAYPOINTS = 50

const waypoint = (place: Place) =>
  "address" in place
    ? { waypoint: { address: place.address } }
    : { waypoint: { location: { latLng: { latitude: place.latitude, longitude: place.longitude } } } }

/**
 * A thin client over the Routes API's REST computeRouteMatrix (the official
 * @googlemaps/routing client speaks gRPC and cannot be pointed at a local fake).
 * Traffic-aware driving; the field mask asks for `status` so failed elements are
 * seen as failed.
 */
export class RoutesApiBackend implements RouteMatrixBackend {
  readonly name = "routes" as const

  constructor(private readonly options: { api_key: string; base_url: string; timeout_ms: number }) {}

  maxDestinations(origin: Place, destinations: Place[]) {
    const addressed = destinations.some((d) => "address" in d)
    if (!addressed) return MAX_ELEMENTS
    return MAX_ADDRESS_WAYPOINTS - ("address" in origin ? 1 : 0)
  }

  async request(origin: Place, destinations: Place[]): Promise<RouteElement[]> {
    const response = await fetch(`${this.options.base_url.replace(/\/$/, "")}/distanceMatrix/v2:computeRouteMatrix`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "X-Goog-Api-Key": this.options.api_key,
        "X-Goog-FieldMask": "originIndex,destinationIndex,status,condition,distanceMeters,duration",
      },
      body: JSON.stringify({
        origins: [waypoint(origin)],
        destinations: destinations.map(waypoint),
        travelMode: "DRIVE",
        routingPreference: "TRAFFIC_AWARE",
      }),
      signal: AbortSignal.timeout(this.options.timeout_ms),
    })
    if (!response.ok) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Routes API answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
    }
    const elements = (await response.json()) as any[]
    const byIndex = new Map(elements.map((e) => [e.destinationIndex ?? 0, e]))
    return destinations.map((_, index) => {
      const e = byIndex.get(index)
      if (!e || (e.status?.code && e.status.code !== 0)) return { status: "not_found" as const }
      if (e.condition !== "ROUTE_EXISTS") return { status: "no_route" as const }
      return {
        status: "ok" as const,
        distance_meters: Number(e.distanceMeters ?? 0),
        duration_seconds: parseInt(String(e.duration ?? "0s"), 10),
      }
    })
  }
}
