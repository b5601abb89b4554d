import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bakeryStats } from "../rules/bakery-stats"
import { loadBakeryOrdersStep, LoadBakeryOrdersInput } from "../steps/load-bakery-orders"

export const getBakeryStatsWorkflowId = "get-bakery-stats"

/** How a bakery did over a window: orders, revenue, cakes sold, top cakes and on-time deliveries. */
export const getBakeryStatsWorkflow = createWorkflow(getBakeryStatsWorkflowId, (input: LoadBakeryOrdersInput) => {
  const orders = loadBakeryOrdersStep(input)
  const stats = transform({ input, orders }, ({ input, orders }) =>
    bakeryStats({ bakery_id: input.bakery_id, from: new Date(input.from), to: new Date(input.to), orders })
  )
  return new WorkflowResponse(stats)
})
