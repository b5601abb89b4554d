import { MedusaResponse, MedusaStoreRequest, refetchEntity } from "@medusajs/framework/http"
import { setCartDeliverySlotWorkflow } from "../../../../../workflows/delivery/workflows/set-cart-delivery-slot"
import { StoreSetCartDeliverySlotType } from "../../validators"

/** Books one of the bakery's delivery windows for the cart. */
export const POST = async (req: MedusaStoreRequest<StoreSetCartDeliverySlotType>, res: MedusaResponse) => {
  await setCartDeliverySlotWorkflow(req.scope).run({
    input: { cart_id: req.params.id, starts_at: req.validatedBody.starts_at, customer_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ cart: await refetchEntity({ entity: "cart", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields }) })
}
