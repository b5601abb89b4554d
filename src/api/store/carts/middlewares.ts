import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { withCakeFields } from "../../utils/with-cake-fields"
import { storeCakeCartQueryConfig } from "./query-config"
import {
  StoreAddCakeToCart,
  StoreCakeCartResponse,
  StoreGetCakeCartParams,
  StoreSetCartDeliverySlot,
  StoreUpdateCakeInCart,
} from "./validators"

/** Medusa's own cart routes that answer a cart: its cake lines show their customisation. */
const medusaCartRoutes = [
  "/store/carts/:id",
  "/store/carts/:id/line-items",
  "/store/carts/:id/line-items/:line_id",
  "/store/carts/:id/customer",
  "/store/carts/:id/shipping-methods",
  "/store/carts/:id/promotions",
  "/store/carts/:id/taxes",
]

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "POST",
    matcher: "/store/carts/:id/cakes",
    auth: "store",
    summary: "Add a customised cake to a cart",
    description:
      "The server prices the line: the variant's price in the cart's region + the toppings' prices + the shape's surcharge. A cart holds cakes of one bakery (409 otherwise); a registered shopper's cart is theirs alone (404 to anyone else).",
    tags: ["Store Carts"],
    params: { id: "The cart's id." },
    query: StoreGetCakeCartParams,
    queryConfig: storeCakeCartQueryConfig,
    body: StoreAddCakeToCart,
    response: StoreCakeCartResponse,
    conflict: "The cake is baked by another bakery than the cart's cakes.",
  }),
  apiRoute({
    method: "POST",
    matcher: "/store/carts/:id/cakes/:line_id",
    auth: "store",
    summary: "Change a cake line's quantity or customisation",
    description: "The fields given replace the old ones; the line is repriced.",
    tags: ["Store Carts"],
    params: { id: "The cart's id.", line_id: "The cake line item's id." },
    query: StoreGetCakeCartParams,
    queryConfig: storeCakeCartQueryConfig,
    body: StoreUpdateCakeInCart,
    response: StoreCakeCartResponse,
  }),
  apiRoute({
    method: "POST",
    matcher: "/store/carts/:id/delivery-slot",
    auth: "store",
    summary: "Book a delivery window for a cart",
    description: "`starts_at` must be one of the bakery's available windows (see the delivery-slots route).",
    tags: ["Store Carts", "Store Delivery"],
    params: { id: "The cart's id." },
    query: StoreGetCakeCartParams,
    queryConfig: storeCakeCartQueryConfig,
    body: StoreSetCartDeliverySlot,
    response: StoreCakeCartResponse,
  }),
  ...medusaCartRoutes.map((matcher) => ({ matcher, middlewares: [withCakeFields({ allowCakeFields: true })] })),
]
