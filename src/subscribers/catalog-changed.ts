import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  PricingEvents,
  ProductEvents,
  ProductOptionValueWorkflowEvents,
  ProductOptionWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
  SalesChannelWorkflowEvents,
} from "@medusajs/framework/utils"
import { bumpCatalogStampsWorkflow } from "../workflows/catalog/workflows/bump-catalog-stamps"
import { CATALOG_STAMP } from "../workflows/catalog/utils/catalog-stamps"

/**
 * Anything of Medusa's that a cake or bakery answer shows changed: shoppers' ETags
 * on the catalog stop matching. The product and pricing modules' own events cover
 * every door that writes them (Medusa's admin routes, price lists, imports, scripts);
 * the workflow events cover changes of links (a product's sales channels).
 */
export default async function catalogChangedHandler({ container }: SubscriberArgs<unknown>) {
  await bumpCatalogStampsWorkflow(container).run({ input: { scopes: [CATALOG_STAMP] } })
}

export const config: SubscriberConfig = {
  event: [
    ...Object.values(ProductEvents),
    ...Object.values(PricingEvents),
    "pricing.price-preference.created",
    "pricing.price-preference.updated",
    "pricing.price-preference.deleted",
    ...Object.values(ProductWorkflowEvents),
    ...Object.values(ProductVariantWorkflowEvents),
    ...Object.values(ProductOptionWorkflowEvents),
    ...Object.values(ProductOptionValueWorkflowEvents),
    ...Object.values(SalesChannelWorkflowEvents),
    ...Object.values(RegionWorkflowEvents),
  ],
  context: { subscriberId: "catalog-changed" },
}
