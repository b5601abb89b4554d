import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreCakeCustomizationsQueryConfig } from "./query-config"
import { StoreGetCakeCustomizationsParams } from "./validators"

export const storeCakeCustomizationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/cake-customizations",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreGetCakeCustomizationsParams, listStoreCakeCustomizationsQueryConfig),
    ],
  },
]
