import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import { withCakeFields } from "../../utils/with-cake-fields"
import { StoreOrderDeliveryResponse } from "./[id]/delivery/validators"

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/store/orders/:id/delivery",
    auth: "customer",
    summary: "Follow an order's delivery",
    description:
      "The shopper's own order only (anyone else's is a 404): status, booked slot and live ETA. `delivered` once every line has arrived; an order delivered in parts reads `shipped` until then.",
    tags: ["Store Orders", "Store Delivery"],
    params: { id: "The order's id." },
    response: StoreOrderDeliveryResponse,
  }),
  // Medusa's own order routes: each cake line shows its customisation, the order its slot.
  ...["/store/orders", "/store/orders/:id"].map((matcher) => ({ matcher, middlewares: [withCakeFields({ allowCakeFields: true })] })),
]
