import { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "./rate-limiter"

/**
 * Without `method`, Medusa mounts a middleware for every path under its matcher;
 * the limiter itself picks the requests it counts (rate-limit-rules).
 */
export const rateLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth", middlewares: [rateLimit] },
  { matcher: "/store/carts", middlewares: [rateLimit] },
  { matcher: "/store/customers", middlewares: [rateLimit] },
]
