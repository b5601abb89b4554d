import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's `POST /store/returns` fails as a 500 when `return_shipping.option_id`
 * names no shipping option: it is refused here as a 400 a storefront can show.
 * (Whose order it may name is the ownership middleware's.)
 */
export async function refuseUnknownReturnOption(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body && typeof req.body === "object" ? req.body : {}) as { return_shipping?: { option_id?: unknown } }
    const optionId = body.return_shipping?.option_id
    if (typeof optionId === "string" && optionId.length) {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "shipping_option", fields: ["id"], filters: { id: optionId } })
      if (!data.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `return_shipping.option_id: there is no shipping option ${optionId}`)
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const storeReturnsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/returns", middlewares: [refuseUnknownReturnOption] },
]
