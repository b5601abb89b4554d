import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "../../utils/escape-like"
import { StoreGetBakeriesParamsType } from "./validators"
import { CATALOG_STAMP } from "../../../workflows/catalog/utils/catalog-stamps"
import { catalogETag, notModified, withCatalogETag } from "../../utils/conditional-get"

/** Active bakeries, optionally matching `q` (name, description, city) and `city` (case-insensitive). */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBakeriesParamsType>, res: MedusaResponse) => {
  const etag = await catalogETag(req, [CATALOG_STAMP])
  if (notModified(req, res, etag)) {
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, city } = req.filterableFields as StoreGetBakeriesParamsType

  const { data: bakeries, metadata } = await query.graph({
    entity: "bakery",
    fields: req.queryConfig.fields,
    filters: {
      is_active: true,
      ...(q ? { q } : {}),
      ...(city ? { city: { $ilike: escapeLike(city) } } : {}),
    },
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC", id: "ASC" } },
  })

  withCatalogETag(res, etag).json({ bakeries, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}
