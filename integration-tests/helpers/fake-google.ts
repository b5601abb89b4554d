import { createServer, Server } from "node:http"

export type FakeGoogleMode = "ok" | "server-error" | "over-quota"

/**
 * A stand-in for Google's route matrix on 127.0.0.1, both the Routes API
 * (computeRouteMatrix) and the legacy Distance Matrix. Counts requests and
 * elements; every destination is 3 km (or its entry in `distances`, metres) and
 * `duration_seconds` away, except the coordinates listed in `unknown`, which
 * Google "cannot find".
 */
export function fakeGoogle(port: number) {
  const state = {
    mode: "ok" as FakeGoogleMode,
    requests: 0,
    elements: 0,
    duration_seconds: 900,
    unknown: new Set<string>(),
    /** Road distances in metres by destination ("lat,lng" to 5 decimals); 3000 for any other. */
    distances: new Map<string, number>(),
    /** Google "slow": every answer waits this long (longer than the client's timeout = a timeout). */
    delay_ms: 0,
    /** Postal codes the Geocoding API knows, with their coordinates. */
    postal_codes: new Map<string, { lat: number; lng: number }>(),
    /** Each route matrix request's origin ("lat,lng" to 5 decimals, or the address line), in order. */
    origins: [] as string[],
  }
  const key = (lat: number, lng: number) => `${lat.toFixed(5)},${lng.toFixed(5)}`

  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      state.requests++
      const url = new URL(req.url!, "http://fake")
      const send = (status: number, body: unknown) => {
        if (state.delay_ms > 0) {
          const delay = state.delay_ms
          setTimeout(() => {
            if (!res.destroyed) {
              res.writeHead(status, { "content-type": "application/json" })
              res.end(JSON.stringify(body))
            }
          }, delay)
          return
        }
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(body))
      }
      if (url.pathname === "/distanceMatrix/v2:computeRouteMatrix") {
        if (state.mode === "server-error") return send(500, { error: { code: 500, status: "INTERNAL" } })
        if (state.mode === "over-quota") return send(429, { error: { code: 429, status: "RESOURCE_EXHAUSTED" } })
        const body = JSON.parse(raw)
        state.elements += body.origins.length * body.destinations.length
        const from = body.origins[0]?.waypoint
        state.origins.push(from?.location?.latLng ? key(from.location.latLng.latitude, from.location.latLng.longitude) : String(from?.address))
        return send(
          200,
          body.destinations.map((d: any, destinationIndex: number) => {
            const ll = d.waypoint.location?.latLng
            const unknown = ll && state.unknown.has(key(ll.latitude, ll.longitude))
            return unknown
              ? { originIndex: 0, destinationIndex, status: { code: 5, message: "not found" }, condition: "ROUTE_NOT_FOUND" }
              : {
                  originIndex: 0,
                  destinationIndex,
                  status: {},
                  condition: "ROUTE_EXISTS",
                  distanceMeters: (ll && state.distances.get(key(ll.latitude, ll.longitude))) ?? 3000,
                  duration: `${state.duration_seconds}s`,
                }
          })
        )
      }
      if (url.pathname === "/maps/api/distancematrix/json") {
        if (state.mode === "server-error") return send(500, { status: "UNKNOWN_ERROR" })
        if (state.mode === "over-quota") return send(200, { status: "OVER_QUERY_LIMIT", rows: [] })
        const destinations = (url.searchParams.get("destinations") ?? "").split("|")
        state.elements += destinations.length
        const [originLat, originLng] = (url.searchParams.get("origins") ?? "").split(",").map(Number)
        state.origins.push(Number.isFinite(originLat) && Number.isFinite(originLng) ? key(originLat, originLng) : String(url.searchParams.get("origins")))
        return send(200, {
          status: "OK",
          rows: [
            {
              elements: destinations.map((d) => {
                const [lat, lng] = d.split(",").map(Number)
                return state.unknown.has(key(lat, lng))
                  ? { status: "NOT_FOUND" }
                  : { status: "OK", distance: { value: state.distances.get(key(lat, lng)) ?? 3000 }, duration: { value: state.duration_seconds + 60 }, duration_in_traffic: { value: state.duration_seconds } }
              }),
            },
          ],
        })
      }
      if (url.pathname === "/maps/api/geocode/json") {
        const postal = /postal_code:([^|]+)/.exec(url.searchParams.get("components") ?? "")?.[1] ?? ""
        const location = state.postal_codes.get(postal)
        return send(200, location ? { status: "OK", results: [{ geometry: { location } }] } : { status: "ZERO_RESULTS", results: [] })
      }
      send(404, { error: "no such endpoint" })
    })
  })
  return {
    state,
    url: `http://127.0.0.1:${port}`,
    reset: () =>
      Object.assign(state, {
        mode: "ok",
        requests: 0,
        elements: 0,
        duration_seconds: 900,
        unknown: new Set<string>(),
        distances: new Map(),
        postal_codes: new Map(),
        origins: [],
      }),
    start: () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
