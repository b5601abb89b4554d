import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DeliveryEvents } from "../events"
import { computeDeliveryEstimatesStep } from "../steps/compute-delivery-estimates"
import { saveDeliveryEstimatesStep } from "../steps/save-delivery-estimates"
import { trackOrdersOutForDeliveryStep } from "../steps/track-orders-out-for-delivery"
import { LoadOrdersOutForDeliveryInput } from "../utils/orders-out-for-delivery"

export const refreshDeliveryEtasWorkflowId = "refresh-delivery-etas"

/** The lock that keeps two instances (or a job and a staff refresh) from refreshing at once. */
export const REFRESH_ETAS_LOCK = "refresh-delivery-etas"

/**
 * Refreshes the ETAs of the orders out for delivery (the delivery module's list
 * of them, see OutForDelivery), or of the given ones:
 * estimates them, stores the ones that changed, emits `delivery.eta_updated` for those and
 * `delivery.arriving_soon` once per order whose ETA fell under the threshold.
 * Answers the estimates it wrote (`estimates`: an order whose estimate was
 * already right, the same route from the cache, is not among them), the ids of
 * every order it estimated (`order_ids`) and the Google requests it made.
 */
export const refreshDeliveryEtasWorkflow = createWorkflow(
  refreshDeliveryEtasWorkflowId,
  (input: LoadOrdersOutForDeliveryInput) => {
    // executeOnSubWorkflow: a staff refresh runs this as a step of its own workflow, where Medusa's lock steps
    // would otherwise do nothing, and its estimate raced the first one of shipment.created (a second estimate for
    // the order, which the unique index on the estimate's order now refuses).
    acquireLockStep({ key: REFRESH_ETAS_LOCK, timeout: 60, ttl: 120, executeOnSubWorkflow: true })
    // Given orders (a shipment, a staff or driver refresh): the list of orders out for delivery follows them first,
    // so a cake that just left the bakery is in the next scheduled refresh.
    when("refresh-of-given-orders", { input }, ({ input }) => !!(input.order_ids || input.fulfillment_ids)).then(() => {
      trackOrdersOutForDeliveryStep(input)
    })
    // The estimate step loads the orders itself, and each step and transform below names only the part of a
    // result it reads: the SDK copies whatever a step or transform is given, and at 10,000 orders a copy of a
    // whole result is most of a refresh inside the TTL.
    const computed = computeDeliveryEstimatesStep(input)
    const result = saveDeliveryEstimatesStep(computed.estimates)
    emitEventStep({
      eventName: DeliveryEvents.ETA_UPDATED,
      data: transform({ written: result.written }, ({ written }) =>
        written.map((e: any) => ({ order_id: e.order_id, eta_at: e.eta_at, source: e.source }))
      ),
    }).config({ name: "emit-eta-updated" })
    emitEventStep({
      eventName: DeliveryEvents.ARRIVING_SOON,
      data: result.arriving_soon,
    }).config({ name: "emit-arriving-soon" })
    releaseLockStep({ key: REFRESH_ETAS_LOCK, executeOnSubWorkflow: true })
    return new WorkflowResponse(
      transform({ written: result.written, order_ids: computed.order_ids, requests: computed.requests }, ({ written, order_ids, requests }) => ({
        estimates: written,
        order_ids,
        google_requests: requests,
      }))
    )
  }
)
