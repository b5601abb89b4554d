import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { placeKey, Place } from "../../../modules/delivery/route-matrix/types"
import DeliveryModuleService, { RouteOutcome } from "../../../modules/delivery/service"
import type { DeliveryEstimateFields } from "../../../types/delivery/delivery-estimate-fields"
import { arrivingSoonDue, estimateOrigin, fallbackEta, placeLabel } from "../rules/eta"
import {
  CurrentDeliveryEstimate,
  loadOrdersOutForDelivery,
  LoadOrdersOutForDeliveryInput,
  OrderOutForDelivery,
} from "../utils/orders-out-for-delivery"

/** A new estimate of an order, to write. */
export type NewEstimate = DeliveryEstimateFields & {
  order_id: string
  /** The order's estimate before this refresh (restored on compensation). */
  current: CurrentDeliveryEstimate | null
  unchanged: false
}

/**
 * The same route as the order's current estimate, read from the cache, whose
 * arriving-soon email has fallen due since: only that mark to write (the estimate
 * already says the route; its ETA was made when the route was fetched). An
 * unchanged estimate with no email due has nothing to write and is not passed on.
 */
export type UnchangedEstimate = { order_id: string; current: CurrentDeliveryEstimate; unchanged: true; computed_at: Date }

export type ComputedEstimate = NewEstimate | UnchangedEstimate

type CachedRoute = { distance_meters: number; duration_seconds: number }

export const computeDeliveryEstimatesStepId = "compute-delivery-estimates"

/**
 * Loads the orders out for delivery (or the given ones, see
 * `loadOrdersOutForDelivery`) and estimates each one's arrival. Loading here
 * rather than in a step of its own keeps 10,000 orders from being copied from one
 * step to the next. Orders grouped by where the van is (the
 * carrying driver's position while it is fresh, else the bakery), one origin per
 * request, results cached per origin->destination for the TTL (Medusa's caching
 * module, shared through Redis when configured). Anything Google cannot answer
 * gets the fallback estimate, marked as such. A group's cached routes are read
 * together and its new ones written together (each entry is its own key, so a
 * refresh inside the TTL costs the cache round trips of one group at a time, not
 * of one order at a time). Writes nothing. Answers what there is to write (a
 * refresh inside the TTL: nothing, so it copies nothing between steps) and the
 * ids of every order it estimated.
 */
export const computeDeliveryEstimatesStep = createStep(computeDeliveryEstimatesStepId, async (input: LoadOrdersOutForDeliveryInput, { container }) => {
  const orders = await loadOrdersOutForDelivery(container, input)
  const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const caching = container.resolve(Modules.CACHING)
  const { cache_ttl_seconds, backend, fallback_speed_kmh, handover_minutes, driver_position_max_age_seconds, arriving_soon_minutes } = delivery.options
  const now = new Date()
  const estimates: ComputedEstimate[] = []
  let requests = 0

  // One route request per origin: the bakery, or a carrying driver's fresh position.
  const byOrigin = new Map<string, { origin: Place | null; origin_kind: "bakery" | "driver"; orders: OrderOutForDelivery[] }>()
  for (const order of orders) {
    const start = estimateOrigin(order, now, driver_position_max_age_seconds)
    const key = `${order.bakery.id}|${start.origin ? placeKey(start.origin) : "none"}`
    const group = byOrigin.get(key) ?? { ...start, orders: [] }
    group.orders.push(order)
    byOrigin.set(key, group)
  }

  for (const { origin, origin_kind, orders: bakeryOrders } of byOrigin.values()) {
    const bakery = bakeryOrders[0].bakery
    const destinations = bakeryOrders.map((order) => order.destination)
    const cacheKey = (destination: Place) => `sweetspot:eta:${backend}:${placeKey(origin!)}->${placeKey(destination)}`

    const outcomes: (RouteOutcome | null)[] = destinations.map(() => null)
    const fromCache = new Set<number>()
    const misses: number[] = []
    if (origin) {
      const cached = (await Promise.all(
        destinations.map((destination) => (destination ? caching.get({ key: cacheKey(destination) }) : null))
      )) as (CachedRoute | null)[]
      destinations.forEach((destination, i) => {
        if (!destination) return
        if (cached[i]) {
          outcomes[i] = { status: "ok", ...cached[i]! }
          fromCache.add(i)
        } else misses.push(i)
      })
      if (misses.length) {
        const answer = await delivery.routeFrom(origin, misses.map((i) => destinations[i]!))
        requests += answer.requests
        misses.forEach((index, m) => (outcomes[index] = answer.outcomes[m]))
        if (cache_ttl_seconds > 0) {
          // Explicit (empty) tags: a route names no Medusa entity, so the module has no tags to compute for it.
          await Promise.all(
            misses.flatMap((index, m) => {
              const outcome = answer.outcomes[m]
              if (outcome.status !== "ok") return []
              const route: CachedRoute = { distance_meters: outcome.distance_meters, duration_seconds: outcome.duration_seconds }
              return [caching.set({ key: cacheKey(destinations[index]!), data: route, ttl: cache_ttl_seconds, tags: [] })]
            })
          )
        }
      }
    }

    bakeryOrders.forEach((order, i) => {
      const destination = destinations[i]
      const outcome = outcomes[i]
      const base = {
        order_id: order.id,
        current: order.delivery_estimate,
        bakery_id: bakery.id,
        origin: placeLabel(origin),
        origin_kind,
        destination: placeLabel(destination),
        computed_at: now,
        unchanged: false as const,
      }
      if (outcome?.status === "ok") {
        const current = order.delivery_estimate
        if (
          fromCache.has(i) &&
          current?.source === "google" &&
          current.origin === base.origin &&
          current.destination === base.destination &&
          current.distance_meters === outcome.distance_meters &&
          current.duration_seconds === outcome.duration_seconds
        ) {
          if (arrivingSoonDue({ eta_at: current.eta_at, arriving_soon_notified_at: current.arriving_soon_notified_at ?? null }, now, arriving_soon_minutes)) {
            estimates.push({ order_id: order.id, current, unchanged: true, computed_at: now })
          }
          return
        }
        estimates.push({
          ...base,
          distance_meters: outcome.distance_meters,
          duration_seconds: outcome.duration_seconds,
          eta_at: new Date(now.getTime() + outcome.duration_seconds * 1000),
          source: "google",
          fallback_reason: null,
        })
        return
      }
      const reason = !origin
        ? "the bakery has no address"
        : !destination
          ? "the order has no delivery address"
          : outcome?.status === "error"
            ? outcome.reason
            : outcome?.status === "not_found"
              ? "Google could not find the address"
              : "Google found no route"
      const fallback = fallbackEta({ now, origin, destination, slot_ends_at: order.delivery_slot?.ends_at, speed_kmh: fallback_speed_kmh, handover_minutes })
      estimates.push({ ...base, ...fallback, source: "fallback", fallback_reason: reason })
    })
  }

  return new StepResponse({ estimates, order_ids: orders.map((order) => order.id), requests })
})
