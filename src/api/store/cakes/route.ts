import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { cakePricing } from "./pricing-context"
import { findShopperCakeIds } from "../../../workflows/cake/utils/shopper-cake-ids"
import { StoreGetCakesParamsType } from "./validators"

/**
 * Published cakes of active bakeries in the key's sales channels. Unavailable
 * cakes are left out unless `is_available=false` asks for them.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetCakesParamsType>, res: MedusaResponse) => {
  const filters = req.filterableFields as StoreGetCakesParamsType
  const { pagination } = req.queryConfig

  const [ids, pricing] = await Promise.all([
    findShopperCakeIds(req.scope, {
      bakery_id: filters.bakery_id,
      flavour: filters.flavour,
      egg_option: filters.egg_option,
      is_available: filters.is_available ?? true,
      sales_channel_ids: req.publishable_key_context.sales_channel_ids,
    }),
    cakePricing(req.scope, req.queryConfig.fields, filters.region_id),
  ])
  if (!ids.length) {
    return res.json({ cakes: [], count: 0, limit: pagination.take, offset: pagination.skip })
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cakes, metadata } = await query.graph({
    entity: "product",
    fields: pricing.fields,
    filters: {
      id: ids,
      status: ProductStatus.PUBLISHED,
      ...(filters.q ? { q: filters.q } : {}),
      ...(filters.size ? { variants: { options: { value: filters.size } } } : {}),
    },
    pagination: { ...pagination, order: { title: "ASC", id: "ASC" } },
    context: pricing.context,
  }, { cache: { enable: true } })

  res.json({ cakes, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}
