import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OrderBalance } from "../../../../../workflows/deposit/utils/order-balance"

/** The fields the balance routes show of an order's balance. */
export const balanceView = ({ currency_code, paid, due, due_at, payment_collection_id, cancel_until }: OrderBalance) => ({
  currency_code,
  paid,
  due,
  due_at,
  payment_collection_id,
  cancel_until,
})

/** The shopper's own order only: anyone else's, like a missing one, is a 404. */
export async function assertOwnOrder(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
}
