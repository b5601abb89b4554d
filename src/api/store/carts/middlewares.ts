import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { withCakeFields } from "../../utils/with-cake-fields"
import { storeCakeCartQueryConfig } from "./query-config"
import {
  CakePhotoImage,
  StoreAddCakeToCart,
  StoreCakeCartResponse,
  StoreGetCakeCartParams,
  StoreGetCakePhotoParams,
  StoreSetCartDeliverySlot,
  StoreUpdateCakeInCart,
  StoreUploadCakePhoto,
} from "./validators"
import { CAKE_PHOTO_CONTENT_TYPES } from "../../../types/cake/cake-options"

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
    matcher: "/store/carts/:id/cakes/:line_id/photo",
    auth: "store",
    summary: "Attach a reference photo to a cake line",
    description:
      "multipart/form-data with one file part named `file`: a JPEG, PNG or WebP image (checked by its first bytes, not its name or declared type; one whole image, nothing before or after it) of at most PHOTO_MAX_BYTES (5 MB). " +
      "The cake's profile must take a photo (`cake_profile.photo.accepted`); its `photo.price` is added to the line like a topping. A second upload replaces the first (whose file is deleted). " +
      "The photo is stored privately through Medusa's File module and is shown only through the photo routes, never by URL. Anything refused is a 400 (413 past the limit) that says what is accepted, and nothing is stored; storage failing past the provider's retries is a 503 with `Retry-After`.",
    tags: ["Store Carts"],
    params: { id: "The cart's id.", line_id: "The cake line item's id." },
    query: StoreGetCakeCartParams,
    queryConfig: storeCakeCartQueryConfig,
    upload: StoreUploadCakePhoto,
    response: StoreCakeCartResponse,
  }),
  apiRoute({
    method: "DELETE",
    matcher: "/store/carts/:id/cakes/:line_id/photo",
    auth: "store",
    summary: "Take a cake line's photo off",
    description: "The photo's file is deleted and the line repriced without it. A line without a photo answers the cart as it is.",
    tags: ["Store Carts"],
    params: { id: "The cart's id.", line_id: "The cake line item's id." },
    query: StoreGetCakeCartParams,
    queryConfig: storeCakeCartQueryConfig,
    response: StoreCakeCartResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/carts/:id/cakes/:line_id/photo",
    auth: "store",
    summary: "A cake line's photo",
    description: "The image itself, for whoever may see the cart (a registered shopper's cart is theirs alone: 404 to anyone else). Never cached by shared caches.",
    tags: ["Store Carts"],
    params: { id: "The cart's id.", line_id: "The cake line item's id." },
    query: StoreGetCakePhotoParams,
    response: CakePhotoImage,
    responseContentTypes: CAKE_PHOTO_CONTENT_TYPES,
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
