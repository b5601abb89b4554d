import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { DELIVERY_EVENT, DELIVERY_STREAM_DESCRIPTION } from "../../utils/order-delivery-stream"
import { withCakeFields } from "../../utils/with-cake-fields"
import { CAKE_PHOTO_CONTENT_TYPES } from "../../../types/cake/cake-options"
import { CakePhotoImage, StoreGetCakePhotoParams } from "../carts/validators"
import { StoreGetOrderBalanceParams, StoreOrderBalanceResponse, StoreOrderCancellationResponse } from "./[id]/balance/validators"
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
    matcher: "/store/orders/:id/balance",
    auth: "customer",
    summary: "What an order has paid and still owes",
    description:
      "The shopper's own order only (anyone else's is a 404). With a deposit (the bakery's or the cake's `deposit.percent`), checkout takes the deposit and the rest is `due` by `due_at` " +
      "(the bakery's `balance_due_days` before the slot); `payment_collection_id` is the balance's payment collection once the balance job has asked for it (null before). " +
      "`paid` and `due` agree with Medusa's order summary (`transaction_total`, `pending_difference`); the order's total stays the full price. An order paid in full reads `due: 0`.",
    tags: ["Store Orders", "Store Deposits"],
    params: { id: "The order's id." },
    query: StoreGetOrderBalanceParams,
    response: StoreOrderBalanceResponse,
  }),
  apiRoute({
    method: "POST",
    matcher: "/store/orders/:id/balance/pay",
    auth: "customer",
    summary: "Complete the balance payment",
    description:
      "After making a payment session on the balance's payment collection with Medusa's `POST /store/payment-collections/{payment_collection_id}/payment-sessions` " +
      "(and, with Stripe, confirming it in the browser), this authorises and captures it: the order then owes nothing. The shopper's own order only (404 otherwise). " +
      "400 when no session was made; 409 when no balance has been asked for or it is paid. A session Stripe's webhook authorised already is captured here; one Stripe captured itself is paid (409).",
    tags: ["Store Orders", "Store Deposits"],
    params: { id: "The order's id." },
    response: StoreOrderBalanceResponse,
    conflict: "No balance has been asked for yet, or it is paid already.",
  }),
  apiRoute({
    method: "POST",
    matcher: "/store/orders/:id/cancel",
    auth: "customer",
    summary: "Cancel an order inside the bakery's cancellation window",
    description:
      "The shopper's own order only (404 otherwise), until `cancel_until` (the bakery's `cancellation_window_hours` before the slot starts): the order is cancelled, " +
      "everything paid (the deposit, and a balance if paid) is refunded and the slot's capacity is freed; the shopper gets the cancellation email. " +
      "After the window, or when the bakery takes no online cancellations, a 409 naming the deadline: staff can still cancel (`POST /admin/orders/{id}/cancel-with-refund`).",
    tags: ["Store Orders", "Store Deposits"],
    params: { id: "The order's id." },
    response: StoreOrderCancellationResponse,
    conflict: "The cancellation window has closed (the message names the deadline), or the bakery takes no online cancellations.",
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
