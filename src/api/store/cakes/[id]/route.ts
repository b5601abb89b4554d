import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listShopperCakesWorkflow } from "../../../../workflows/cake/workflows/list-shopper-cakes"
import { StoreGetCakeParamsType } from "../validators"
import { CATALOG_STAMP } from "../../../../workflows/catalog/utils/catalog-stamps"
import { catalogETag, notModified, withCatalogETag } from "../../../utils/conditional-get"

/**
 * One cake: 404 when unpublished, of an inactive bakery or outside the key's
 * sales channels. An unavailable cake is shown, with `cake_profile.is_available`
 * false, so a shared link still explains itself.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetCakeParamsType>, res: MedusaResponse) => {
  const etag = await catalogETag(req, [CATALOG_STAMP])
  if (notModified(req, res, etag)) {
    return
  }
  const { region_id } = req.filterableFields as StoreGetCakeParamsType
  const { result } = await listShopperCakesWorkflow(req.scope).run({
    input: { id: req.params.id, region_id, fields: req.queryConfig.fields, sales_channel_ids: req.publishable_key_context.sales_channel_ids },
  })
  withCatalogETag(res, etag).json({ cake: result.cakes[0] })
}
