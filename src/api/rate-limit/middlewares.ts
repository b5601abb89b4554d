import { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "./rate-limiter"

/**
 * Without `method`, Medusa mounts a middleware for every path under its matcher,
 * matched as Express matches routes (case-insensitively); the limiter itself
 * picks the requests it counts (rate-limit-rules), comparing paths the same way.
 */
export const rateLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth", middlewares: [rateLimit] },
  { matcher: "/store", middlewares: [rateLimit] },
]
