import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkOrderEtaRefreshStep, CheckOrderEtaRefreshInput } from "../steps/check-order-eta-refresh"
import { refreshDeliveryEtasWorkflow } from "./refresh-delivery-etas"

export const refreshOrderDeliveryEstimateWorkflowId = "refresh-order-delivery-estimate"

/**
 * A staff refresh of one order's ETA: recomputed now (Google, else the
 * fallback) while the order is on its way or waiting; a delivered or cancelled
 * order answers the estimate it has without asking Google. A refresh that found
 * the estimate already right (the same route, from the cache) wrote nothing: the
 * estimate is read again then, as another refresh (the shipment's first) may
 * have written it since the check.
 */
export const refreshOrderDeliveryEstimateWorkflow = createWorkflow(
  refreshOrderDeliveryEstimateWorkflowId,
  (input: CheckOrderEtaRefreshInput) => {
    const checked = checkOrderEtaRefreshStep(input)
    const refreshed = when("estimate-needs-refresh", { checked }, ({ checked }) => checked.refresh).then(() =>
      refreshDeliveryEtasWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ order_ids: [input.order_id] })),
      })
    )
    const current = when("refresh-wrote-nothing", { refreshed }, ({ refreshed }) => !!refreshed && !refreshed.estimates.length).then(() =>
      useQueryGraphStep({ entity: "order", fields: ["id", "delivery_estimate.*"], filters: { id: input.order_id } }).config({
        name: "read-current-estimate",
      })
    )
    const estimate = transform({ checked, refreshed, current }, ({ checked, refreshed, current }) =>
      refreshed?.estimates[0] ?? (current ? (current.data[0]?.delivery_estimate ?? null) : checked.estimate)
    )
    return new WorkflowResponse({ estimate })
  }
)
