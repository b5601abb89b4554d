import { Place, RouteMatrixBackend } from "./types"

/**
 * Splits one origin's destinations into requests within the backend's limits:
 * one origin per request, so every billed element is an order.
 */
export function batchDestinations<T extends { place: Place }>(backend: Pick<RouteMatrixBackend, "maxDestinations">, origin: Place, items: T[]): T[][] {
  const size = Math.max(1, backend.maxDestinations(origin, items.map((i) => i.place)))
  const batches: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    batches.push(items.slice(i, i + size))
  }
  return batches
}
