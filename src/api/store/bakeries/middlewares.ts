import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { listStoreBakeriesQueryConfig, retrieveStoreBakeryQueryConfig } from "./query-config"
import {
  StoreBakeriesResponse,
  StoreBakeryResponse,
  StoreDeliverySlotsResponse,
  StoreGetBakeriesParams,
  StoreGetBakeryParams,
  StoreGetDeliverySlotsParams,
} from "./validators"

export const storeBakeriesMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/store/bakeries",
    auth: "store",
    summary: "List active bakeries",
    description: "`q` searches name, description and city; `city` matches the city, case-insensitively.",
    tags: ["Store Bakeries"],
    query: StoreGetBakeriesParams,
    queryConfig: listStoreBakeriesQueryConfig,
    response: StoreBakeriesResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/bakeries/:id",
    auth: "store",
    summary: "Get an active bakery",
    description: "An inactive or unknown bakery is a 404.",
    tags: ["Store Bakeries"],
    params: { id: "The bakery's id." },
    query: StoreGetBakeryParams,
    queryConfig: retrieveStoreBakeryQueryConfig,
    response: StoreBakeryResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/bakeries/:id/delivery-slots",
    auth: "store",
    summary: "List a bakery's delivery windows on a day",
    description:
      "Two-hour windows inside the bakery's opening hours, each available or not. With `cart_id` the cart's cakes count against the day's capacity and its slowest cake's lead time applies.",
    tags: ["Store Bakeries", "Store Delivery"],
    params: { id: "The bakery's id." },
    query: StoreGetDeliverySlotsParams,
    response: StoreDeliverySlotsResponse,
  }),
]
