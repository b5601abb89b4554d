import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeCakeCartQueryConfig } from "./query-config"
import { StoreAddCakeToCart, StoreGetCakeCartParams, StoreSetCartDeliverySlot, StoreUpdateCakeInCart } from "./validators"

export const storeCakeCartMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/cakes",
    middlewares: [
      validateAndTransformBody(StoreAddCakeToCart),
      validateAndTransformQuery(StoreGetCakeCartParams, storeCakeCartQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/cakes/:line_id",
    middlewares: [
      validateAndTransformBody(StoreUpdateCakeInCart),
      validateAndTransformQuery(StoreGetCakeCartParams, storeCakeCartQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/delivery-slot",
    middlewares: [
      validateAndTransformBody(StoreSetCartDeliverySlot),
      validateAndTransformQuery(StoreGetCakeCartParams, storeCakeCartQueryConfig),
    ],
  },
]
