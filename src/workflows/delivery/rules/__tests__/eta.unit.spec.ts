import { batchDestinations } from "../../../../modules/delivery/route-matrix/batches"
import { DistanceMatrixBackend } from "../../../../modules/delivery/route-matrix/distance-matrix-api"
import { RoutesApiBackend } from "../../../../modules/delivery/route-matrix/routes-api"
import { addressPlace, arrivingSoonDue, bakeryPlace, fallbackEta } from "../eta"

const options = { api_key: "k", base_url: "http://127.0.0.1:1", timeout_ms: 1000 }
const legacy = new DistanceMatrixBackend(options)
const routes = new RoutesApiBackend(options)
const coords = (i: number) => ({ place: { latitude: 51.5 + i / 1000, longitude: -0.1 } })
const addresses = (i: number) => ({ place: { address: `${i} High Street, London` } })
const origin = { latitude: 51.52, longitude: -0.07 }

describe("route-matrix batching", () => {
  it("splits 30 orders of one bakery into 25 + 5 for the legacy Distance Matrix", () => {
    const batches = batchDestinations(legacy, origin, Array.from({ length: 30 }, (_, i) => coords(i)))
    expect(batches.map((b) => b.length)).toEqual([25, 5])
  })

  it("sends 60 orders over 2 bakeries in 2 + 2 legacy requests of at most 25", () => {
    const perBakery = [35, 25].map((n) => batchDestinations(legacy, origin, Array.from({ length: n }, (_, i) => coords(i))))
    expect(perBakery.map((batches) => batches.map((b) => b.length))).toEqual([[25, 10], [25]])
    expect(perBakery.flat().length).toEqual(3)
    const even = [30, 30].map((n) => batchDestinations(legacy, origin, Array.from({ length: n }, (_, i) => coords(i))))
    expect(even.flat().map((b) => b.length)).toEqual([25, 5, 25, 5])
  })

  it("fits 100 orders with coordinates into one Routes request (625-element limit)", () => {
    expect(batchDestinations(routes, origin, Array.from({ length: 100 }, (_, i) => coords(i))).map((b) => b.length)).toEqual([100])
  })

  it("keeps Routes requests with addresses within 50 waypoints", () => {
    const batches = batchDestinations(routes, { address: "12 Redchurch St" }, Array.from({ length: 120 }, (_, i) => addresses(i)))
    expect(batches.map((b) => b.length)).toEqual([49, 49, 22])
    expect(batchDestinations(routes, origin, Array.from({ length: 60 }, (_, i) => addresses(i))).map((b) => b.length)).toEqual([50, 10])
  })

  it("bills one element per order: no destination is sent twice", () => {
    const items = Array.from({ length: 77 }, (_, i) => coords(i))
    expect(batchDestinations(legacy, origin, items).flat()).toEqual(items)
  })
})

describe("fallback ETA", () => {
  const now = new Date("2026-12-02T10:00:00Z")

  it("uses straight-line distance at the average speed plus the handover time", () => {
    // ~5.56 km due north at 25 km/h = ~13.3 min, + 10 min handover
    const eta = fallbackEta({ now, origin: { latitude: 51.5, longitude: -0.1 }, destination: { latitude: 51.55, longitude: -0.1 }, speed_kmh: 25, handover_minutes: 10 })
    expect(eta.distance_meters).toBeGreaterThan(5500)
    expect(eta.distance_meters).toBeLessThan(5600)
    expect(Math.round((eta.eta_at.getTime() - now.getTime()) / 60000)).toEqual(23)
  })

  it("falls back to the end of the slot without coordinates", () => {
    const eta = fallbackEta({ now, origin: { address: "x" }, destination: { address: "y" }, slot_ends_at: "2026-12-02T13:00:00Z", speed_kmh: 25, handover_minutes: 10 })
    expect(eta).toEqual({ distance_meters: null, duration_seconds: null, eta_at: new Date("2026-12-02T13:00:00Z") })
  })

  it("reads places from coordinates first, else address lines", () => {
    expect(bakeryPlace({ latitude: 51.5, longitude: -0.1, address_1: "x" })).toEqual({ latitude: 51.5, longitude: -0.1 })
    expect(addressPlace({ address_1: "1 Brick Lane", city: "London", postal_code: "E1 6PU", country_code: "gb" })).toEqual({ address: "1 Brick Lane, London, E1 6PU, GB" })
    expect(addressPlace({ metadata: { latitude: "51.51", longitude: "-0.07" } })).toEqual({ latitude: 51.51, longitude: -0.07 })
  })

  it("is due for the arriving-soon email once, under the threshold", () => {
    expect(arrivingSoonDue({ eta_at: new Date(now.getTime() + 9 * 60000) }, now, 10)).toBe(true)
    expect(arrivingSoonDue({ eta_at: new Date(now.getTime() + 11 * 60000) }, now, 10)).toBe(false)
    expect(arrivingSoonDue({ eta_at: now, arriving_soon_notified_at: now }, now, 10)).toBe(false)
  })
})
