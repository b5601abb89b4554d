import { MedusaResponse, MedusaStoreRequest, refetchEntity } from "@medusajs/framework/http"
import { updateCakeInCartWorkflow } from "../../../../../../workflows/cake/workflows/update-cake-in-cart"
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
  res.json({ cart: await refetchEntity({ entity: "cart", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields }) })
}
