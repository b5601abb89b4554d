import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { listStoreBakeriesQueryConfig, retrieveStoreBakeryQueryConfig } from "./query-config"
import {
  StoreBakeriesResponse,
  StoreBakeryCalendarResponse,
  StoreBakeryResponse,
  StoreDeliverySlotsResponse,
  StoreGetBakeriesParams,
  StoreGetBakeryCalendarParams,
  StoreGetBakeryParams,
  StoreGetDeliverySlotsParams,
} from "./validators"

export const storeBakeriesMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/store/bakeries",
    auth: "store",
    conditional: true,
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
    conditional: true,
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
    conditional: true,
    summary: "List a bakery's delivery or collection windows on a day",
    description:
      "Two-hour windows inside the bakery's opening hours, each available or not with one `unavailable_reason`. With `cart_id` the cart's cakes count against the day's and the window's capacity and its slowest cake's lead time applies. `fulfillment=pickup` from a bakery that does not offer collection is a 400. Without `cart_id` the answer has an `ETag` that holds for the current minute at most.",
    tags: ["Store Bakeries", "Store Delivery"],
    params: { id: "The bakery's id." },
    query: StoreGetDeliverySlotsParams,
    response: StoreDeliverySlotsResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/bakeries/:id/calendar",
    auth: "store",
    conditional: true,
    summary: "A bakery's days with the windows each has left",
    description:
      "For a date picker: each day from `from` to `to` (at most 62) with `available_windows`, and when that is 0 the `reason` (the day's last window's `unavailable_reason`, or `closed` on a day the bakery does not open). A day reads exactly as `GET /store/bakeries/:id/delivery-slots?date=` sums up, for the same `cart_id` and `fulfillment`, at the cost of about one such call. Without `cart_id` the answer has an `ETag` that holds for the current minute at most.",
    tags: ["Store Bakeries", "Store Delivery"],
    params: { id: "The bakery's id." },
    query: StoreGetBakeryCalendarParams,
    response: StoreBakeryCalendarResponse,
  }),
]
