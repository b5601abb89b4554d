import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { domainConflict } from "../../../errors/domain-conflict"
import { orderBalance } from "../utils/order-balance"

export const loadBalanceSessionStepId = "load-balance-session"

const PAYABLE = ["pending", "requires_more", "authorized", "pending_authorization"]

/**
 * The payment session a shopper made on their order's balance collection
 * (Medusa's `POST /store/payment-collections/:id/payment-sessions`), ready to
 * authorise, or authorised already and left to capture: 409 when no balance has
 * been asked for or it is paid already, 400 when no session was made yet. Writes nothing.
 */
export const loadBalanceSessionStep = createStep(loadBalanceSessionStepId, async (input: { order_id: string }, { container }) => {
  const balance = (await orderBalance(container, [input.order_id])).get(input.order_id)
  if (!balance) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  }
  const nothingLeft = () => domainConflict(`Order ${input.order_id} has nothing left to pay`)
  if (balance.cancelled) {
    throw nothingLeft()
  }
  if (!balance.payment_collection_id) {
    throw balance.due <= 0
      ? nothingLeft()
      : domainConflict(`Order ${input.order_id}'s balance has not been asked for yet: it will be ${balance.due_at ? `on ${balance.due_at}` : "before the day"}`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [collection] } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "status", "payment_sessions.id", "payment_sessions.status", "payment_sessions.created_at", "payment_sessions.payment.id", "payment_sessions.payment.captured_at", "payment_sessions.payment.canceled_at"],
    filters: { id: balance.payment_collection_id },
  })
  if (!collection || collection.status === "completed") {
    throw domainConflict(`Order ${input.order_id}'s balance is paid already`)
  }
  const session = (collection.payment_sessions ?? [])
    // A session whose payment was cancelled (its provider let the hold go) pays nothing any more.
    .filter((s: any) => s && PAYABLE.includes(s.status) && !s.payment?.canceled_at)
    .sort((a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0] as any
  // `due` counts a payment authorised but not captured as paid: one held on this collection
  // (a provider's webhook authorised it, e.g. Stripe's) is still this route's to capture.
  const held = Boolean(session?.payment?.id && !session.payment.captured_at)
  if (balance.due <= 0 && !held) {
    throw nothingLeft()
  }
  if (!session) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Make a payment session for the balance first (POST /store/payment-collections/${collection.id}/payment-sessions)`
    )
  }
  return new StepResponse({
    payment_collection_id: collection.id as string,
    session_id: session.id as string,
    /** A session authorised already (a provider's webhook got there first): only its capture is left. */
    payment_id: (session.payment?.id as string | undefined) ?? null,
    captured: Boolean(session.payment?.captured_at),
  })
})
