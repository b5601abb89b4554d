import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBakeryClosureStep, CreateBakeryClosureStepInput } from "../steps/create-bakery-closure"
import { findClosureAffectedOrdersStep } from "../steps/find-closure-affected-orders"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { bakeryStamp } from "../../catalog/utils/catalog-stamps"

export const createBakeryClosureWorkflowId = "create-bakery-closure"

/**
 * Closes a bakery for some days: from then on no window of those days can be
 * booked (listing, slot choice, checkout). Answers the closure and the orders
 * already booked on those days; nothing is cancelled by itself.
 */
export const createBakeryClosureWorkflow = createWorkflow(createBakeryClosureWorkflowId, (input: CreateBakeryClosureStepInput) => {
  const closure = createBakeryClosureStep(input)
  bumpCatalogStampsStep(transform({ input }, ({ input }) => ({ scopes: [bakeryStamp(input.bakery_id)] })))
  const affected = findClosureAffectedOrdersStep(
    transform({ input, closure }, ({ input, closure }) => ({ bakery_id: input.bakery_id, closures: [{ ...closure, bakery_id: input.bakery_id }] }))
  )
  return new WorkflowResponse(
    transform({ closure, affected }, ({ closure, affected }) => ({ closure, affected_orders: affected[closure.id] ?? [] }))
  )
})
