import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bindDriverLoginStep } from "../steps/bind-driver-login"

export const registerDriverWorkflowId = "register-driver"

/**
 * Makes a registration token a driver's login: binds the auth identity to the
 * driver staff added with its email and sets the identity's `driver_id`, so the
 * next login's token carries the driver as `actor_id`.
 */
export const registerDriverWorkflow = createWorkflow(registerDriverWorkflowId, (input: { auth_identity_id: string }) => {
  const bound = bindDriverLoginStep(input)
  setAuthAppMetadataStep(
    transform({ input, bound }, ({ input, bound }) => ({ authIdentityId: input.auth_identity_id, actorType: "driver", value: bound.driver_id }))
  )
  return new WorkflowResponse(bound)
})
