import { MedusaResponse, MedusaStoreRequest, refetchEntity } from "@medusajs/framework/http"
import { addCakeToCartWorkflow } from "../../../../../workflows/cake/workflows/add-cake-to-cart"
import { StoreAddCakeToCartType } from "../../validators"

/** Adds a customised cake; the price is set here, never taken from the client. */
export const POST = async (req: MedusaStoreRequest<StoreAddCakeToCartType>, res: MedusaResponse) => {
  await addCakeToCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      ...req.validatedBody,
      customer_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ cart: await refetchEntity({ entity: "cart", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields }) })
}
