import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderProgress, orderProgressFields } from "../rules/collection-status"

export type CheckOrderEtaRefreshInput = { order_id: string }

export const checkOrderEtaRefreshStepId = "check-order-eta-refresh"

/**
 * Whether a staff refresh of one order's ETA should ask for a new estimate: the
 * order must exist (404) and have a bakery to deliver from (400); a delivered or
 * cancelled order keeps the estimate it has (nothing to recompute, nothing billed);
 * a pickup order has none (it is collected, never delivered). Writes nothing.
 */
export const checkOrderEtaRefreshStep = createStep(
  checkOrderEtaRefreshStepId,
  async (input: CheckOrderEtaRefreshInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "bakery.id", "delivery_estimate.*", ...orderProgressFields],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    if (!order.bakery) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} has no bakery to deliver from`)
    }
    const progress = orderProgress(order)
    if (progress.fulfillment === "pickup") {
      return new StepResponse({ refresh: false, estimate: null as Record<string, unknown> | null })
    }
    return new StepResponse({
      refresh: progress.status !== "delivered" && progress.status !== "cancelled",
      estimate: (order.delivery_estimate ?? null) as Record<string, unknown> | null,
    })
  }
)
