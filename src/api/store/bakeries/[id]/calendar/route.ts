import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { bakeryStamp } from "../../../../../workflows/catalog/utils/catalog-stamps"
import { catalogETag, notModified, withCatalogETag } from "../../../../utils/conditional-get"
import { listBakeryCalendarWorkflow } from "../../../../../workflows/delivery/workflows/list-bakery-calendar"
import { StoreGetBakeryCalendarParamsType } from "../../validators"

/** A date picker's month in one call: each day with how many windows it has left, or why none. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBakeryCalendarParamsType>, res: MedusaResponse) => {
  const { from, to, fulfillment, cart_id } = req.validatedQuery as StoreGetBakeryCalendarParamsType
  // With a cart the answer is the cart's too (its cakes, its lead time): no ETag then.
  const etag = cart_id ? null : await catalogETag(req, [bakeryStamp(req.params.id)], { perMinute: true })
  if (etag && notModified(req, res, etag)) {
    return
  }
  const { result: days } = await listBakeryCalendarWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, from, to, fulfillment, cart_id, customer_id: req.auth_context?.actor_id ?? null },
  })
  if (etag) {
    withCatalogETag(res, etag)
  }
  res.json({ days })
}
