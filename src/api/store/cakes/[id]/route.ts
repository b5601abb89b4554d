import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { cakePricing } from "../pricing-context"
import { findShopperCakeIds } from "../../../../workflows/cake/utils/shopper-cake-ids"
import { StoreGetCakeParamsType } from "../validators"

/**
 * One cake: 404 when unpublished, of an inactive bakery or outside the key's
 * sales channels. An unavailable cake is shown, with `cake_profile.is_available`
 * false, so a shared link still explains itself.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetCakeParamsType>, res: MedusaResponse) => {
  const { region_id } = req.filterableFields as StoreGetCakeParamsType
  const [ids, pricing] = await Promise.all([
    findShopperCakeIds(req.scope, {
      ids: [req.params.id],
      sales_channel_ids: req.publishable_key_context.sales_channel_ids,
    }),
    cakePricing(req.scope, req.queryConfig.fields, region_id),
  ])

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cake] } = ids.length
    ? await query.graph({
        entity: "product",
        fields: pricing.fields,
        filters: { id: ids, status: ProductStatus.PUBLISHED },
        context: pricing.context,
      })
    : { data: [] }
  if (!cake) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cake ${req.params.id} was not found`)
  }
  res.json({ cake })
}
