import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { listStoreCakesQueryConfig, retrieveStoreCakeQueryConfig } from "./query-config"
import { StoreCakeResponse, StoreCakesResponse, StoreGetCakeParams, StoreGetCakesParams } from "./validators"

export const storeCakesMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/store/cakes",
    auth: "store",
    conditional: true,
    summary: "List cakes",
    description:
      "Published cakes of active bakeries in the key's sales channels: product fields, `bakery`, `cake_profile` and variants with `calculated_price` (with `region_id`). Unavailable cakes only with `is_available=false`.",
    tags: ["Store Cakes"],
    query: StoreGetCakesParams,
    queryConfig: listStoreCakesQueryConfig,
    response: StoreCakesResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/cakes/:id",
    auth: "store",
    conditional: true,
    summary: "Get a cake",
    description: "An unavailable cake is shown, with `cake_profile.is_available` false.",
    tags: ["Store Cakes"],
    params: { id: "The cake's product id." },
    query: StoreGetCakeParams,
    queryConfig: retrieveStoreCakeQueryConfig,
    response: StoreCakeResponse,
  }),
]
