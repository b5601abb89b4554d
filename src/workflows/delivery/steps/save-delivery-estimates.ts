import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService, { DeliveryEstimateRow } from "../../../modules/delivery/service"
import { arrivingSoonDue } from "../rules/eta"
import { ComputedEstimate } from "./compute-delivery-estimates"
import { CurrentDeliveryEstimate } from "../utils/orders-out-for-delivery"

type Undo = { created: string[]; previous: CurrentDeliveryEstimate[] }

/** A previous estimate as an update puts it back: its own fields, dates as dates (they crossed steps as strings). */
const restoredEstimate = (estimate: CurrentDeliveryEstimate): DeliveryEstimateRow => ({
  id: estimate.id,
  bakery_id: estimate.bakery_id,
  origin: estimate.origin,
  origin_kind: estimate.origin_kind,
  destination: estimate.destination,
  distance_meters: estimate.distance_meters,
  duration_seconds: estimate.duration_seconds,
  eta_at: new Date(estimate.eta_at),
  source: estimate.source,
  fallback_reason: estimate.fallback_reason,
  computed_at: new Date(estimate.computed_at),
  arriving_soon_notified_at: estimate.arriving_soon_notified_at ? new Date(estimate.arriving_soon_notified_at) : null,
})

export const saveDeliveryEstimatesStepId = "save-delivery-estimates"

/**
 * Stores the estimates the estimate step found changed (updating the order's
 * existing one, else creating it for the order) and marks the ones whose
 * arriving-soon email is now due, so it goes once; an unchanged estimate comes
 * here only when its email fell due, and only that mark is written. Writes in
 * bulk: one create and one update of the estimates for any number of orders (an
 * estimate names its order: no link rows); reads nothing (each order's current
 * estimate came with it from the estimate step, under the refresh lock). Answers
 * the estimates written (`written`) and the orders due that email.
 * Compensation restores the previous estimates and removes new ones.
 */
export const saveDeliveryEstimatesStep = createStep(
  saveDeliveryEstimatesStepId,
  async (estimates: ComputedEstimate[], { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const { arriving_soon_minutes } = service.options
    const undo: Undo = { created: [], previous: [] }
    const arrivingSoon: { order_id: string; eta_at: string }[] = []

    const toCreate: (Record<string, unknown> & { order_id: string })[] = []
    const toUpdate: { order_id: string; current: CurrentDeliveryEstimate; row: DeliveryEstimateRow }[] = []
    for (const estimate of estimates) {
      // Workflow data crosses steps serialised: dates arrive as strings.
      if (estimate.unchanged) {
        // The same route as the estimate already says, its email now due: only that mark to write.
        const { order_id, current } = estimate
        toUpdate.push({ order_id, current, row: { ...restoredEstimate(current), arriving_soon_notified_at: new Date(estimate.computed_at) } })
        arrivingSoon.push({ order_id, eta_at: new Date(current.eta_at).toISOString() })
        continue
      }
      const { order_id, current, unchanged: _unchanged, ...rest } = estimate
      const arriving_soon_notified_at = current?.arriving_soon_notified_at ?? null
      const fields = { ...rest, eta_at: new Date(rest.eta_at), computed_at: new Date(rest.computed_at) }
      const due = arrivingSoonDue({ eta_at: fields.eta_at, arriving_soon_notified_at }, fields.computed_at, arriving_soon_minutes)
      const data = { ...fields, ...(due ? { arriving_soon_notified_at: fields.computed_at } : {}) }
      if (current) {
        toUpdate.push({ order_id, current, row: { ...restoredEstimate(current), ...data } })
      } else {
        toCreate.push({ order_id, ...data })
      }
      if (due) {
        arrivingSoon.push({ order_id, eta_at: new Date(fields.eta_at).toISOString() })
      }
    }

    const written: any[] = []
    if (toUpdate.length) {
      undo.previous = toUpdate.map(({ current }) => current)
      await service.updateDeliveryEstimatesInBulk(toUpdate.map(({ row }) => row))
      written.push(...toUpdate.map(({ order_id, row }) => ({ order_id, ...row })))
    }
    if (toCreate.length) {
      const created = [await service.createDeliveryEstimates(toCreate as any)].flat()
      undo.created = created.map((estimate) => estimate.id)
      written.push(...created)
    }
    return new StepResponse({ written, arriving_soon: arrivingSoon }, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    if (undo.created.length) {
      await service.deleteDeliveryEstimates(undo.created)
    }
    if (undo.previous.length) {
      await service.updateDeliveryEstimatesInBulk(undo.previous.map(restoredEstimate))
    }
  }
)
