import { MedusaService } from "@medusajs/framework/utils"
import type { Coordinates } from "../../types/delivery/coordinates"
import type { DayBookings } from "../../types/delivery/day-bookings"
import { DeliveryEstimate } from "./models/delivery-estimate"
import { DeliverySlot } from "./models/delivery-slot"
import { OutForDelivery } from "./models/out-for-delivery"
import { DeliveryModuleOptions, DeliveryModuleOptionsType, GOOGLE_BASE_URLS } from "./options"
import { batchDestinations } from "./route-matrix/batches"
import { DistanceMatrixBackend } from "./route-matrix/distance-matrix-api"
import { Geocoder } from "./route-matrix/geocoder"
import { RoutesApiBackend } from "./route-matrix/routes-api"
import { Place, RouteElement, RouteMatrixBackend } from "./route-matrix/types"
import { withRetries } from "./route-matrix/with-retries"

export type RouteOutcome = RouteElement | { status: "error"; reason: string }

/** Delivery slots, arrival estimates, and the Google route matrix behind them. */
class DeliveryModuleService extends MedusaService({ DeliverySlot, DeliveryEstimate, OutForDelivery }) {
  readonly options: DeliveryModuleOptionsType
  private readonly backend: RouteMatrixBackend | null
  private readonly geocoder: Geocoder | null

  constructor(container: Record<string, unknown>, options?: Record<string, unknown>) {
    super(container)
    this.options = DeliveryModuleOptions.parse(options ?? {})
    const { backend, api_key, timeout_ms } = this.options
    const base_url = this.options.base_url ?? GOOGLE_BASE_URLS[backend]
    this.backend = !api_key
      ? null
      : backend === "routes"
        ? new RoutesApiBackend({ api_key, base_url, timeout_ms })
        : new DistanceMatrixBackend({ api_key, base_url, timeout_ms })
    this.geocoder = api_key
      ? new Geocoder({ api_key, base_url: this.options.base_url ?? GOOGLE_BASE_URLS["distance-matrix"], timeout_ms })
      : null
  }

  /**
   * Where a postal code is, from Google's Geocoding API (retried like route
   * requests). Null when there is no key, Google finds nothing or keeps failing:
   * callers then skip what needed it.
   */
  async locatePostalCode(postalCode: string, countryCode: string): Promise<Coordinates | null> {
    const geocoder = this.geocoder
    if (!geocoder) return null
    try {
      return await withRetries(() => geocoder.postalCode(postalCode, countryCode), this.options)
    } catch {
      return null
    }
  }

  /**
   * Cakes booked by placed, not cancelled orders on each of a bakery's days from
   * `from` to `to` (YYYY-MM-DD, both included), in all and per window: one query
   * whatever the number of days.
   */
  async bookingsBetween(bakeryId: string, from: string, to: string): Promise<Record<string, DayBookings>> {
    const slots = await this.listDeliverySlots(
      { bakery_id: bakeryId, date: { $gte: from, $lte: to }, booked_at: { $ne: null }, released_at: null },
      { select: ["date", "starts_at", "cake_quantity"] }
    )
    const days: Record<string, DayBookings> = {}
    for (const slot of slots) {
      const day = (days[slot.date] ??= { total: 0, by_window: {} })
      const window = new Date(slot.starts_at).toISOString()
      day.total += slot.cake_quantity
      day.by_window[window] = (day.by_window[window] ?? 0) + slot.cake_quantity
    }
    return days
  }

  /**
   * Driving distance and traffic-aware duration from one origin to each
   * destination, in requests within the backend's limits. A request that still
   * fails after its retries marks its destinations `error` (the caller falls
   * back); without an API key everything is `error`.
   */
  async routeFrom(origin: Place, destinations: Place[]): Promise<{ outcomes: RouteOutcome[]; requests: number }> {
    const backend = this.backend
    if (!backend) {
      return { outcomes: destinations.map(() => ({ status: "error", reason: "no Google Maps API key" })), requests: 0 }
    }
    const indexed = destinations.map((place, index) => ({ place, index }))
    const outcomes: RouteOutcome[] = new Array(destinations.length)
    const batches = batchDestinations(backend, origin, indexed)
    for (const batch of batches) {
      try {
        const elements = await withRetries(() => backend.request(origin, batch.map((b) => b.place)), this.options)
        batch.forEach((b, i) => (outcomes[b.index] = elements[i]))
      } catch (error: any) {
        batch.forEach((b) => (outcomes[b.index] = { status: "error", reason: String(error?.message ?? error).slice(0, 200) }))
      }
    }
    return { outcomes, requests: batches.length }
  }
}

export default DeliveryModuleService
