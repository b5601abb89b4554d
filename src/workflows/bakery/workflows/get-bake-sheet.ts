import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bakeSheet } from "../rules/bake-sheet"
import { loadBakeSheetOrdersStep, LoadBakeSheetOrdersInput } from "../steps/load-bake-sheet-orders"

export const getBakeSheetWorkflowId = "get-bake-sheet"

/** A bakery's production sheet for a day: totals to bake and one ticket per order, soonest window first. */
export const getBakeSheetWorkflow = createWorkflow(getBakeSheetWorkflowId, (input: LoadBakeSheetOrdersInput) => {
  const loaded = loadBakeSheetOrdersStep(input)
  const sheet = transform({ input, loaded }, ({ input, loaded }) =>
    bakeSheet({ bakery_id: input.bakery_id, date: loaded.date, orders: loaded.orders, balances: loaded.balances })
  )
  return new WorkflowResponse(sheet)
})
