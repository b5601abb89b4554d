import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payOrderBalanceWorkflow } from "../../../../../../workflows/deposit/workflows/pay-order-balance"
import { orderBalance } from "../../../../../../workflows/deposit/utils/order-balance"
import { assertOwnOrder, balanceView } from "../balance-view"

/** Completes the balance payment the shopper started on the balance's payment collection, and answers what is left (nothing). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnOrder(req)
  await payOrderBalanceWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  const balance = (await orderBalance(req.scope, [req.params.id])).get(req.params.id)!
  res.json({ balance: balanceView(balance) })
}
