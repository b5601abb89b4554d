import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listDeliverySlotsWorkflow } from "../../../../../workflows/delivery/workflows/list-delivery-slots"
import { StoreGetDeliverySlotsParamsType } from "../../validators"

/**
 * The bakery's delivery or collection windows on a day, each available or not
 * with its reason. With `cart_id` the cart's cakes count against capacity and its
 * slowest cake's lead time applies.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetDeliverySlotsParamsType>, res: MedusaResponse) => {
  const { date, fulfillment, cart_id } = req.validatedQuery as StoreGetDeliverySlotsParamsType
  const { result: slots } = await listDeliverySlotsWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, date, fulfillment, cart_id, customer_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ slots })
}
