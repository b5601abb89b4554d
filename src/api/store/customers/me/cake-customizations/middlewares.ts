import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../../../utils/api-route"
import { listStoreCakeCustomizationsQueryConfig } from "./query-config"
import { StoreCakeCustomizationsResponse, StoreGetCakeCustomizationsParams } from "./validators"

export const storeCakeCustomizationsMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/store/customers/me/cake-customizations",
    auth: "customer",
    summary: "List the logged-in shopper's cake customisations",
    description: "Own customisations only, newest first.",
    tags: ["Store Customers"],
    query: StoreGetCakeCustomizationsParams,
    queryConfig: listStoreCakeCustomizationsQueryConfig,
    response: StoreCakeCustomizationsResponse,
  }),
]
