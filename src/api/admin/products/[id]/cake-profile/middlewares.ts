import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../../../utils/api-route"
import { AdminCakeProfileResponse, AdminUpsertCakeProfile } from "./validators"

export const adminCakeProfileMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/admin/products/:id/cake-profile",
    auth: "admin",
    summary: "Get a product's cake profile",
    description: "A product without one is a 404.",
    tags: ["Admin Products"],
    params: { id: "The product's id." },
    response: AdminCakeProfileResponse,
  }),
  apiRoute({
    method: "POST",
    matcher: "/admin/products/:id/cake-profile",
    auth: "admin",
    summary: "Create or update a product's cake profile",
    description: "A new profile needs a `flavour`; an existing one changes the fields given.",
    tags: ["Admin Products"],
    params: { id: "The product's id." },
    body: AdminUpsertCakeProfile,
    response: AdminCakeProfileResponse,
  }),
]
