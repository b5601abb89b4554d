import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { DELIVERY_EVENT, DELIVERY_STREAM_DESCRIPTION } from "../../utils/order-delivery-stream"
import { withCakeFields } from "../../utils/with-cake-fields"
import { CAKE_PHOTO_CONTENT_TYPES } from "../../../types/cake/cake-options"
import { CakePhotoImage, StoreGetCakePhotoParams } from "../carts/validators"
import { GetOrderDeliveryStreamParams, OrderDeliveryStreamEvent, StoreOrderDeliveryResponse } from "./[id]/delivery/validators"

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/store/orders/:id/delivery",
    auth: "customer",
    summary: "Follow an order's delivery",
    description:
      "The shopper's own order only (anyone else's is a 404): collect or deliver (`fulfillment`: `pickup` | `delivery`, from the shipping option chosen at checkout), status, booked slot and live ETA. " +
      "A delivered order reads `pending`, `shipped`, `delivered` (once every line has arrived; an order delivered in parts reads `shipped` until then) or `cancelled`. " +
      "A collected order reads `pending`, `ready_for_pickup` (staff marked every cake ready: Medusa's fulfillment), `collected` (Medusa's mark-as-delivered) or `cancelled`, and never has an ETA (`estimate` null).",
    tags: ["Store Orders", "Store Delivery"],
    params: { id: "The order's id." },
    response: StoreOrderDeliveryResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/orders/:id/delivery/stream",
    auth: "customer",
    summary: "Follow an order's delivery live",
    description: `The shopper's own order only (anyone else's is a 404, as on the JSON route). ${DELIVERY_STREAM_DESCRIPTION}`,
    tags: ["Store Orders", "Store Delivery"],
    params: { id: "The order's id." },
    query: GetOrderDeliveryStreamParams,
    response: OrderDeliveryStreamEvent,
    stream: { event: DELIVERY_EVENT },
  }),
  apiRoute({
    method: "GET",
    matcher: "/store/orders/:id/items/:item_id/photo",
    auth: "store",
    summary: "An ordered cake's photo",
    description:
      "The reference photo sent with a cake, kept with the order. A registered shopper's order is theirs alone (404 to anyone else); a guest's order, like Medusa's own order route, to whoever holds its id.",
    tags: ["Store Orders"],
    params: { id: "The order's id.", item_id: "The order line item's id." },
    query: StoreGetCakePhotoParams,
    response: CakePhotoImage,
    responseContentTypes: CAKE_PHOTO_CONTENT_TYPES,
  }),
  // Medusa's own order routes: each cake line shows its customisation, the order its slot.
  ...["/store/orders", "/store/orders/:id"].map((matcher) => ({ matcher, middlewares: [withCakeFields({ allowCakeFields: true })] })),
]
