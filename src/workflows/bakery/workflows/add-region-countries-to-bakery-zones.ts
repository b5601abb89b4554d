import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addRegionCountriesToBakeryZonesStep } from "../steps/add-region-countries-to-bakery-zones"

export const addRegionCountriesToBakeryZonesWorkflowId = "add-region-countries-to-bakery-zones"

/** Keeps every bakery's service zones over every region's countries (see the step); answers the geo zone ids added. */
export const addRegionCountriesToBakeryZonesWorkflow = createWorkflow(addRegionCountriesToBakeryZonesWorkflowId, () => {
  return new WorkflowResponse(addRegionCountriesToBakeryZonesStep())
})
