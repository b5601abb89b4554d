import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreBakeriesQueryConfig, retrieveStoreBakeryQueryConfig } from "./query-config"
import { StoreGetBakeriesParams, StoreGetBakeryParams, StoreGetDeliverySlotsParams } from "./validators"

export const storeBakeriesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/bakeries",
    middlewares: [validateAndTransformQuery(StoreGetBakeriesParams, listStoreBakeriesQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/bakeries/:id",
    middlewares: [validateAndTransformQuery(StoreGetBakeryParams, retrieveStoreBakeryQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/bakeries/:id/delivery-slots",
    middlewares: [validateAndTransformQuery(StoreGetDeliverySlotsParams, { isList: false, defaults: [] })],
  },
]
