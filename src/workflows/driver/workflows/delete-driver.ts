import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDriverStep } from "../steps/delete-driver"
import { deleteDriverLoginStep } from "../steps/delete-driver-login"

export const deleteDriverWorkflowId = "delete-driver"

/** Removes a driver who carries nothing, releasing their claims, then their login. */
export const deleteDriverWorkflow = createWorkflow(deleteDriverWorkflowId, (input: { id: string }) => {
  const deleted = deleteDriverStep(input)
  deleteDriverLoginStep(transform({ deleted }, ({ deleted }) => deleted.auth_identity_id ?? null))
  return new WorkflowResponse(transform({ deleted }, ({ deleted }) => ({ id: deleted.id })))
})
