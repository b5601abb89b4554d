import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CATALOG_STAMP } from "../../../../workflows/catalog/utils/catalog-stamps"
import { catalogETag, notModified, withCatalogETag } from "../../../utils/conditional-get"

/** One active bakery; an inactive or unknown one is 404 for shoppers. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const etag = await catalogETag(req, [CATALOG_STAMP])
  if (notModified(req, res, etag)) {
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bakery] } = await query.graph({
    entity: "bakery",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, is_active: true },
  })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${req.params.id} was not found`)
  }
  withCatalogETag(res, etag).json({ bakery })
}
