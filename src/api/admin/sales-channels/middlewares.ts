import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { bumpCatalogStampsWorkflow } from "../../../workflows/catalog/workflows/bump-catalog-stamps"
import { CATALOG_STAMP } from "../../../workflows/catalog/utils/catalog-stamps"

/**
 * Medusa's `linkProductsToSalesChannelWorkflow` (run only by this route) changes
 * which products a sales channel sells without an event or a hook; cake answers
 * depend on it, so their ETags must stop matching once it succeeded.
 */
async function bumpCatalogAfterChannelProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.on("finish", () => {
    if (res.statusCode < 300) {
      bumpCatalogStampsWorkflow(req.scope)
        .run({ input: { scopes: [CATALOG_STAMP] } })
        .catch((error) => req.scope.resolve("logger").error(`Catalog ETags were not renewed after a sales channel's products changed: ${error}`))
    }
  })
  next()
}

export const adminSalesChannelsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/sales-channels/:id/products", middlewares: [bumpCatalogAfterChannelProducts] },
]
