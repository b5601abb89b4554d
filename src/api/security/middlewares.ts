import { MiddlewareRoute } from "@medusajs/framework/http"
import { securityHeaders } from "./security-headers"

/** On every API path (no `method`: Medusa mounts it for everything under the matcher). */
export const securityHeadersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store", middlewares: [securityHeaders] },
  { matcher: "/admin", middlewares: [securityHeaders] },
  { matcher: "/auth", middlewares: [securityHeaders] },
  { matcher: "/drivers", middlewares: [securityHeaders] },
]
