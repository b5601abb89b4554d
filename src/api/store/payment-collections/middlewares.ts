import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyCartDepositWorkflow } from "../../../workflows/deposit/workflows/apply-cart-deposit"

/**
 * Right before Medusa makes a payment session for a cart (its session takes the
 * collection's amount), a deposit cart's collection is set to the deposit.
 * Checkout refuses a session for any other amount, so this is the convenience,
 * not the guard. Runs after the ownership guard.
 */
async function depositBeforeSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [link] } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: req.params.id },
    })
    if (link?.cart_id) {
      await applyCartDepositWorkflow(req.scope).run({ input: { cart_id: link.cart_id as string } })
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const storePaymentCollectionsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [depositBeforeSession] },
]
