import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderBalance } from "../../../../../workflows/deposit/utils/order-balance"
import { assertOwnOrder, balanceView } from "./balance-view"

/** What the shopper's order has paid and still owes, when the balance is due and through which payment collection. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnOrder(req)
  const balance = (await orderBalance(req.scope, [req.params.id])).get(req.params.id)!
  res.json({ balance: balanceView(balance) })
}
