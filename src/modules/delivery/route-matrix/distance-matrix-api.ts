import { Client, TrafficModel, TravelMode } from "@googlemaps/google-maps-services-js"
import { MedusaError } from "@medusajs/framework/utils"
import { Place, RouteElement, RouteMatrixBackend } from "./types"

/** Legacy Distance Matrix limits: 25 destinations and 100 elements per request. */
const MAX_DESTINATIONS = 25

const asParam = (place: Place) => ("address" in place ? place.address : { lat: place.latitude, lng: place.longitude })

/** The legacy Distance Matrix through Google's Node client, for projects that still have it enabled. */
export class DistanceMatrixBackend implements RouteMatrixBackend {
  readonly name = "distance-matrix" as const
  private readonly client = new Client()

  constructor(private readonly options: { api_key: string; base_url: string; timeout_ms: number }) {}

  maxDestinations() {
    return MAX_DESTINATIONS
  }

  async request(origin: Place, destinations: Place[]): Promise<RouteElement[]> {
    const { data } = await this.client.distancematrix({
      url: `${this.options.base_url.replace(/\/$/, "")}/maps/api/distancematrix/json`,
      params: {
        key: this.options.api_key,
        origins: [asParam(origin)],
        destinations: destinations.map(asParam),
        mode: TravelMode.driving,
        departure_time: "now",
        traffic_model: TrafficModel.best_guess,
      },
      timeout: this.options.timeout_ms,
      // Retries are ours (with backoff, then the fallback), not the client's.
      raxConfig: { retry: 0 },
    } as any)
    if (data.status !== "OK") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Distance Matrix answered ${data.status}${data.error_message ? `: ${data.error_message}` : ""}`)
    }
    const row = data.rows?.[0]?.elements ?? []
    return destinations.map((_, index) => {
      const e: any = row[index]
      if (!e || e.status === "NOT_FOUND") return { status: "not_found" as const }
      if (e.status !== "OK") return { status: "no_route" as const }
      return {
        status: "ok" as const,
        distance_meters: e.distance.value,
        duration_seconds: (e.duration_in_traffic ?? e.duration).value,
      }
    })
  }
}
