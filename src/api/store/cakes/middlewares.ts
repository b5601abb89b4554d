import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreCakesQueryConfig, retrieveStoreCakeQueryConfig } from "./query-config"
import { StoreGetCakeParams, StoreGetCakesParams } from "./validators"

export const storeCakesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/cakes",
    middlewares: [validateAndTransformQuery(StoreGetCakesParams, listStoreCakesQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/cakes/:id",
    middlewares: [validateAndTransformQuery(StoreGetCakeParams, retrieveStoreCakeQueryConfig)],
  },
]
