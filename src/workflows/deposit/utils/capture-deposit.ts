import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { takesDeposit } from "../rules/deposit"
import { productsDepositPercent } from "./cart-deposit"

const ATTEMPTS = 3

/**
 * A deposit order's payment is captured as the order is placed, so no card
 * authorisation is left to expire before the day. Tried a few times (a provider
 * may stumble); a payment that still cannot be captured fails checkout, which
 * then cancels the authorisation. Answers the captured payments' ids.
 */
export async function captureDeposit(container: MedusaContainer, orderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_id", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: orderId },
  })
  if (!order) {
    return []
  }
  const percent = await productsDepositPercent(container, (order.items ?? []).map((item) => item?.product_id).filter(Boolean) as string[])
  if (!takesDeposit(percent)) {
    return []
  }
  const payments = (order.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment) => payment && !payment.captured_at && !payment.canceled_at) as { id: string }[]
  for (const payment of payments) {
    for (let attempt = 1; ; attempt++) {
      try {
        await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
        break
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          throw error
        }
      }
    }
  }
  return payments.map((payment) => payment.id)
}
