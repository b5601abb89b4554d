import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { AdminBakeryAccessResponse } from "./validators"

export const adminBakeryAccessMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/admin/bakery-access",
    auth: "admin",
    summary: "What the logged-in user may see",
    description:
      "A platform admin (no bakery membership) sees everything; a bakery member sees only their bakeries' records, and this lists their bakeries and role (`owner` | `staff`) in each. A secret API key answers as a platform admin.",
    tags: ["Admin Bakery Staff"],
    response: AdminBakeryAccessResponse,
  }),
]
