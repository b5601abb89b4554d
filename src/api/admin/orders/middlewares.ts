import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { withCakeFields } from "../../utils/with-cake-fields"
import { AdminOrderCakeDetailsResponse } from "./[id]/cake-details/validators"
import { AdminCancelOrderWithRefund, StoreOrderCancellationResponse } from "../../store/orders/[id]/balance/validators"
import { AdminRefreshDeliveryResponse } from "./[id]/delivery/refresh/validators"
import { GetOrderDeliveryStreamParams, OrderDeliveryStreamEvent } from "../../store/orders/[id]/delivery/validators"
import { DELIVERY_EVENT, DELIVERY_STREAM_DESCRIPTION } from "../../utils/order-delivery-stream"
import { CAKE_PHOTO_CONTENT_TYPES } from "../../../types/cake/cake-options"
import { CakePhotoImage, StoreGetCakePhotoParams } from "../../store/carts/validators"

export const adminOrdersMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/admin/orders/:id/cake-details",
    auth: "admin",
    summary: "What the bakery needs to bake and hand over an order",
    description:
      "Each line item with its customisation, collect or deliver (`fulfillment`: `pickup` | `delivery`) with the status in the shopper's words, the booked slot and the ETA (always null for a pickup order).",
    tags: ["Admin Orders"],
    params: { id: "The order's id." },
    response: AdminOrderCakeDetailsResponse,
  }),
  apiRoute({
    method: "POST",
    matcher: "/admin/orders/:id/delivery/refresh",
    auth: "admin",
    summary: "Recompute an order's ETA now",
    description:
      "Google's route matrix when configured, else a fallback estimate marked as such. A delivered or cancelled order answers the estimate it has, without recomputing it; a pickup order answers `estimate: null` (it is collected, never delivered), without asking Google.",
    tags: ["Admin Orders"],
    params: { id: "The order's id." },
    response: AdminRefreshDeliveryResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/admin/orders/:id/delivery/stream",
    auth: "admin",
    summary: "Follow an order's delivery live",
    description: `Any order, for staff: the same events as the shopper's stream (the order widget shows them). ${DELIVERY_STREAM_DESCRIPTION}`,
    tags: ["Admin Orders"],
    params: { id: "The order's id." },
    query: GetOrderDeliveryStreamParams,
    response: OrderDeliveryStreamEvent,
    stream: { event: DELIVERY_EVENT },
  }),
  apiRoute({
    method: "POST",
    matcher: "/admin/orders/:id/cancel-with-refund",
    auth: "admin",
    summary: "Cancel an order, choosing the refund",
    description:
      "Any time, for staff: cancels the order (capacity freed, the shopper emailed what was refunded and kept) and gives back `full` (everything captured), " +
      "`deposit_kept` (all but the deposit taken at checkout) or `none`. Medusa's own `POST /admin/orders/{id}/cancel` stays available and is the `full` choice " +
      "(it refunds everything captured). Like Medusa's, refused (400) while a fulfillment is not cancelled, and for an order cancelled already.",
    tags: ["Admin Orders", "Admin Deposits"],
    params: { id: "The order's id." },
    body: AdminCancelOrderWithRefund,
    response: StoreOrderCancellationResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/admin/orders/:id/items/:item_id/photo",
    auth: "admin",
    summary: "An ordered cake's photo",
    description: "The reference photo the shopper sent with a cake, for the bakery. Never cached by shared caches.",
    tags: ["Admin Orders"],
    params: { id: "The order's id.", item_id: "The order line item's id." },
    query: StoreGetCakePhotoParams,
    response: CakePhotoImage,
    responseContentTypes: CAKE_PHOTO_CONTENT_TYPES,
  }),
  // Medusa's own admin order routes: each cake line shows its customisation, the order its slot.
  ...["/admin/orders", "/admin/orders/:id"].map((matcher) => ({ matcher, middlewares: [withCakeFields({ allowCakeFields: false })] })),
]
