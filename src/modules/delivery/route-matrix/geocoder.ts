import { Client } from "@googlemaps/google-maps-services-js"
import { MedusaError } from "@medusajs/framework/utils"
import type { Coordinates } from "../../../types/delivery/coordinates"

/** Google's Geocoding API through its Node client: where a postal code is. */
export class Geocoder {
  private readonly client = new Client()

  constructor(private readonly options: { api_key: string; base_url: string; timeout_ms: number }) {}

  /** The postal code's coordinates, or null when Google finds nothing. Throws on transport, 5xx or quota answers. */
  async postalCode(postalCode: string, countryCode: string): Promise<Coordinates | null> {
    const { data } = await this.client.geocode({
      url: `${this.options.base_url.replace(/\/$/, "")}/maps/api/geocode/json`,
      params: {
        key: this.options.api_key,
        components: `postal_code:${postalCode}|country:${countryCode.toUpperCase()}`,
      },
      timeout: this.options.timeout_ms,
      raxConfig: { retry: 0 },
    } as any)
    if (data.status === "ZERO_RESULTS") return null
    if (data.status !== "OK") throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Geocoding answered ${data.status}`)
    const location = data.results[0]?.geometry?.location
    return location ? { latitude: location.lat, longitude: location.lng } : null
  }
}
