import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findClosureAffectedOrdersStep } from "../steps/find-closure-affected-orders"
import { listBakeryClosuresStep } from "../steps/list-bakery-closures"

export const listBakeryClosuresWorkflowId = "list-bakery-closures"

/** A bakery's closures not yet over, soonest first, each with the orders booked on its days. */
export const listBakeryClosuresWorkflow = createWorkflow(listBakeryClosuresWorkflowId, (input: { bakery_id: string }) => {
  const closures = listBakeryClosuresStep(input)
  const affected = findClosureAffectedOrdersStep(transform({ input, closures }, ({ input, closures }) => ({ bakery_id: input.bakery_id, closures })))
  return new WorkflowResponse(
    transform({ closures, affected }, ({ closures, affected }) =>
      closures.map((closure) => ({ ...closure, affected_orders: affected[closure.id] ?? [] }))
    )
  )
})
