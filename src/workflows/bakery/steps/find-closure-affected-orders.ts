import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AffectedOrder, closureAffectedOrders } from "../utils/closure-affected-orders"

type ClosureRange = { id: string; bakery_id: string; from: string; to: string }

export const findClosureAffectedOrdersStepId = "find-closure-affected-orders"

/**
 * The orders booked on each closure's days, by closure id: staff decide what to
 * do with them (nothing is cancelled by itself). Writes nothing.
 */
export const findClosureAffectedOrdersStep = createStep(
  findClosureAffectedOrdersStepId,
  async ({ bakery_id, closures }: { bakery_id: string; closures: ClosureRange[] }, { container }) => {
    const affected = await closureAffectedOrders(container, bakery_id, closures)
    return new StepResponse(Object.fromEntries(closures.map((closure, i) => [closure.id, affected[i]])) as Record<string, AffectedOrder[]>)
  }
)
