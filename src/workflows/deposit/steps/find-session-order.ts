import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findSessionOrderStepId = "find-session-order"

/** The order a payment session's collection belongs to (an order's checkout or balance collection), or null. Writes nothing. */
export const findSessionOrderStep = createStep(findSessionOrderStepId, async (input: { session_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [session] } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: input.session_id } })
  if (!session?.payment_collection_id) {
    return new StepResponse(null as string | null)
  }
  const { data: [link] } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  return new StepResponse((link?.order_id as string | undefined) ?? null)
})
