import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deleteDriverLoginStepId = "delete-driver-login"

/**
 * Deletes a removed driver's login, so their email can be added again. Last in
 * its workflow: a deleted auth identity (its password hash) cannot be restored.
 */
export const deleteDriverLoginStep = createStep(deleteDriverLoginStepId, async (authIdentityId: string | null, { container }) => {
  if (authIdentityId) {
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
  return new StepResponse(null)
})
