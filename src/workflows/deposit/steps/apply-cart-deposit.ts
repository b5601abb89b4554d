import { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sameAmount } from "../rules/deposit"
import { cartDeposit } from "../utils/cart-deposit"

export const applyCartDepositStepId = "apply-cart-deposit"

type Undo = { payment_collection_id: string; amount: number } | null

/**
 * Sets a deposit cart's payment collection to the deposit (Medusa sets it to the
 * full total on every cart change) and drops any session made for another
 * amount, which checkout would refuse. A cart that pays in full is left as it is.
 * Compensation restores the amount; dropped sessions are not made again (a
 * session is the provider's, and the shopper makes a new one anyway).
 */
export const applyCartDepositStep = createStep(
  applyCartDepositStepId,
  async (input: { cart_id: string }, { container }) => {
    const deposit = await cartDeposit(container, input.cart_id)
    const collection = deposit?.payment_collection
    if (!deposit || !collection) {
      return new StepResponse(null, null as Undo)
    }
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const stale = collection.sessions.filter((session) => !sameAmount(session.amount, deposit.amount, deposit.currency_code))
    for (const session of stale) {
      await payments.deletePaymentSession(session.id)
    }
    if (sameAmount(collection.amount, deposit.amount, deposit.currency_code)) {
      return new StepResponse(deposit, null as Undo)
    }
    await payments.updatePaymentCollections(collection.id, { amount: deposit.amount })
    return new StepResponse(deposit, { payment_collection_id: collection.id, amount: collection.amount } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    await payments.updatePaymentCollections(undo.payment_collection_id, { amount: undo.amount })
  }
)
