import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"

export const storeOrderDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id/delivery",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
