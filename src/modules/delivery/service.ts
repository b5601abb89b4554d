import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Coordinates } from "../../types/delivery/coordinates"
import type { DayBookings } from "../../types/delivery/day-bookings"
import type { DeliveryEstimateFields } from "../../types/delivery/delivery-estimate-fields"
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

/** An order out for delivery as the ETA refresh reads it: its row, and its current estimate's fields (or null). */
export type ListedOrderOutForDelivery = {
  order_id: string
  bakery_id: string
  destination: Place | null
  slot_ends_at: Date | null
  estimate: Record<string, unknown> | null
}

/** The estimate's columns, as the refresh keeps or restores them. */
const ESTIMATE_COLUMNS = [
  "id",
  "bakery_id",
  "origin",
  "origin_kind",
  "destination",
  "distance_meters",
  "duration_seconds",
  "eta_at",
  "source",
  "fallback_reason",
  "computed_at",
  "arriving_soon_notified_at",
  "created_at",
  "updated_at",
]

/** An estimate's written fields, as a bulk update sets them. */
export type DeliveryEstimateRow = DeliveryEstimateFields & { id: string; arriving_soon_notified_at: Date | null }

/** The columns a bulk update sets, with their PostgreSQL types. */
const REWRITTEN_COLUMNS: [keyof Omit<DeliveryEstimateRow, "id">, string][] = [
  ["bakery_id", "text"],
  ["origin", "text"],
  ["origin_kind", "text"],
  ["destination", "text"],
  ["distance_meters", "integer"],
  ["duration_seconds", "integer"],
  ["eta_at", "timestamptz"],
  ["source", "text"],
  ["fallback_reason", "text"],
  ["computed_at", "timestamptz"],
  ["arriving_soon_notified_at", "timestamptz"],
]

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
   * whatever the number of days, summed by PostgreSQL per day and window, so a
   * month answers at most a row per window a day however many orders it holds
   * (building an entity per booking made a busy month's calendar grow with them).
   */
  @InjectManager()
  async bookingsBetween(bakeryId: string, from: string, to: string, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, DayBookings>> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows: { date: string; starts_at: Date; cakes: string | number }[] = await knex("delivery_slot")
      .where({ bakery_id: bakeryId })
      .whereBetween("date", [from, to])
      .whereNotNull("booked_at")
      .whereNull("released_at")
      .whereNull("deleted_at")
      .groupBy("date", "starts_at")
      .select("date", "starts_at", knex.raw("sum(cake_quantity) as cakes"))
    const days: Record<string, DayBookings> = {}
    for (const row of rows) {
      const day = (days[row.date] ??= { total: 0, by_window: {} })
      const cakes = Number(row.cakes)
      day.total += cakes
      day.by_window[new Date(row.starts_at).toISOString()] = cakes
    }
    return days
  }

  /**
   * Every order out for delivery with its current estimate, in one query whatever
   * their number: the scheduled ETA refresh reads 10,000 of them every few minutes,
   * and the list methods would build an entity for each row and each estimate
   * (about a second more). Plain rows; dates as dates.
   */
  @InjectManager()
  async listOrdersOutForDelivery(@MedusaContext() sharedContext: Context = {}): Promise<ListedOrderOutForDelivery[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = await knex("out_for_delivery as o")
      .leftJoin("delivery_estimate as e", (join) => join.on("e.order_id", "o.order_id").andOnNull("e.deleted_at"))
      .whereNull("o.deleted_at")
      .select("o.order_id", "o.bakery_id", "o.destination", "o.slot_ends_at", ...ESTIMATE_COLUMNS.map((column) => `e.${column} as e_${column}`))
    return rows.map((row: Record<string, any>) => ({
      order_id: row.order_id,
      bakery_id: row.bakery_id,
      destination: row.destination ?? null,
      slot_ends_at: row.slot_ends_at ?? null,
      estimate: row.e_id ? Object.fromEntries(ESTIMATE_COLUMNS.map((column) => [column, row[`e_${column}`]])) : null,
    }))
  }

  /**
   * Rewrites the given estimates, every field, in one statement whatever their
   * number (atomic without a transaction). The scheduled refresh rewrites 10,000
   * at once; the generated update selects them first with one `id = ?` term per
   * estimate, which PostgreSQL checks against every row: seconds at that size.
   * An estimate deleted meanwhile is left alone.
   */
  @InjectManager()
  async updateDeliveryEstimatesInBulk(estimates: DeliveryEstimateRow[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!estimates.length) return
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const columns = REWRITTEN_COLUMNS.map(([column]) => column)
    const bindings = [estimates.map((e) => e.id), ...columns.map((column) => estimates.map((e) => e[column] ?? null))]
    await knex.raw(
      `update delivery_estimate as e set ${columns.map((column) => `${column} = v.${column}`).join(", ")}, updated_at = now()
       from unnest(?::text[], ${REWRITTEN_COLUMNS.map(([, type]) => `?::${type}[]`).join(", ")}) as v(id, ${columns.join(", ")})
       where e.id = v.id and e.deleted_at is null`,
      bindings as any
    )
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
