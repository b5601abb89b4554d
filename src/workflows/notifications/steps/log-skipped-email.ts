import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const logSkippedEmailStepId = "log-skipped-email"

/** An email that cannot be sent is logged with its reason and left: retrying would not help. */
export const logSkippedEmailStep = createStep(logSkippedEmailStepId, async (input: { template: string; reason: string }, { container }) => {
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Email "${input.template}" not sent: ${input.reason}`)
  return new StepResponse(void 0)
})
