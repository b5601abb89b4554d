import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { updateCakeInCartWorkflow } from "../../../../../../workflows/cake/workflows/update-cake-in-cart"
import { refetchCakeCart } from "../../../refetch-cake-cart"
import { StoreUpdateCakeInCartType } from "../../../validators"

/** Changes a cake line's quantity and/or customisation, and reprices it. */
export const POST = async (req: MedusaStoreRequest<StoreUpdateCakeInCartType>, res: MedusaResponse) => {
  await updateCakeInCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      line_id: req.params.line_id,
      ...req.validatedBody,
      customer_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ cart: await refetchCakeCart(req.scope, req.params.id, req.queryConfig.fields) })
}
