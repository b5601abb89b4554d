import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { bakeryStamp } from "../../../../../workflows/catalog/utils/catalog-stamps"
import { catalogETag, notModified, withCatalogETag } from "../../../../utils/conditional-get"
import { listDeliverySlotsWorkflow } from "../../../../../workflows/delivery/workflows/list-delivery-slots"
import { StoreGetDeliverySlotsParamsType } from "../../validators"

/**
 * The bakery's delivery or collection windows on a day, each available or not
 * with its reason. With `cart_id` the cart's cakes count against capacity and its
 * slowest cake's lead time applies.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetDeliverySlotsParamsType>, res: MedusaResponse) => {
  const { date, fulfillment, cart_id } = req.validatedQuery as StoreGetDeliverySlotsParamsType
  // With a cart the answer is the cart's too (its cakes, its lead time): no ETag then.
  const etag = cart_id ? null : await catalogETag(req, [bakeryStamp(req.params.id)], { perMinute: true })
  if (etag && notModified(req, res, etag)) {
    return
  }
  const { result: slots } = await listDeliverySlotsWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, date, fulfillment, cart_id, customer_id: req.auth_context?.actor_id ?? null },
  })
  if (etag) {
    withCatalogETag(res, etag)
  }
  res.json({ slots })
}
