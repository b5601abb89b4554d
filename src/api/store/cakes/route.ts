import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listShopperCakesWorkflow } from "../../../workflows/cake/workflows/list-shopper-cakes"
import { StoreGetCakesParamsType } from "./validators"
import { CATALOG_STAMP } from "../../../workflows/catalog/utils/catalog-stamps"
import { catalogETag, notModified, withCatalogETag } from "../../utils/conditional-get"

/**
 * Published cakes of active bakeries in the key's sales channels. Unavailable
 * cakes are left out unless `is_available=false` asks for them. A conditional GET
 * whose ETag still matches is a 304, answered without reading the catalog.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetCakesParamsType>, res: MedusaResponse) => {
  const etag = await catalogETag(req, [CATALOG_STAMP])
  if (notModified(req, res, etag)) {
    return
  }
  const { fields, pagination } = req.queryConfig
  const filters = req.filterableFields as StoreGetCakesParamsType
  const { result } = await listShopperCakesWorkflow(req.scope).run({
    input: {
      ...filters,
      is_available: filters.is_available ?? true,
      fields,
      pagination: { skip: pagination.skip ?? 0, take: pagination.take },
      sales_channel_ids: req.publishable_key_context.sales_channel_ids,
    },
  })
  withCatalogETag(res, etag).json({ cakes: result.cakes, count: result.count, limit: result.limit ?? pagination.take, offset: result.offset ?? pagination.skip })
}
