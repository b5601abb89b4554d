import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpsertCakeProfile } from "./validators"

export const adminCakeProfileMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/products/:id/cake-profile",
    middlewares: [validateAndTransformBody(AdminUpsertCakeProfile)],
  },
]
