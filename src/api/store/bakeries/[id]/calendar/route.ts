import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listBakeryCalendarWorkflow } from "../../../../../workflows/delivery/workflows/list-bakery-calendar"
import { StoreGetBakeryCalendarParamsType } from "../../validators"

/** A date picker's month in one call: each day with how many windows it has left, or why none. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBakeryCalendarParamsType>, res: MedusaResponse) => {
  const { from, to, fulfillment, cart_id } = req.validatedQuery as StoreGetBakeryCalendarParamsType
  const { result: days } = await listBakeryCalendarWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, from, to, fulfillment, cart_id, customer_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ days })
}
