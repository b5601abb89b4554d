import { MiddlewareRoute } from "@medusajs/framework/http"
import { apiRoute } from "../../utils/api-route"
import {
  AdminBakeryDeliveriesResponse,
  AdminCreateDriver,
  AdminDriverDeleteResponse,
  AdminDriverResponse,
  AdminDriversResponse,
  AdminGetBakeryDeliveriesParams,
  AdminUpdateDriver,
} from "./validators"

export const adminDriversMiddlewares: MiddlewareRoute[] = [
  apiRoute({
    method: "GET",
    matcher: "/admin/bakeries/:id/drivers",
    auth: "admin",
    summary: "List a bakery's drivers",
    description: "Active and deactivated, by name, with whether each has registered.",
    tags: ["Admin Drivers"],
    params: { id: "The bakery's id." },
    response: AdminDriversResponse,
  }),
  apiRoute({
    method: "POST",
    matcher: "/admin/bakeries/:id/drivers",
    auth: "admin",
    summary: "Add a driver to a bakery",
    description:
      "From then on this email, and no other, can register as the driver (`POST /auth/driver/emailpass/register`, then `POST /drivers`). An email another driver has is a 422.",
    tags: ["Admin Drivers"],
    params: { id: "The bakery's id." },
    body: AdminCreateDriver,
    response: AdminDriverResponse,
  }),
  apiRoute({
    method: "POST",
    matcher: "/admin/drivers/:id",
    auth: "admin",
    summary: "Edit or deactivate a driver",
    description: "`is_active: false` stops the driver's token on every driver route. The email can change only until the driver registers.",
    tags: ["Admin Drivers"],
    params: { id: "The driver's id." },
    body: AdminUpdateDriver,
    response: AdminDriverResponse,
  }),
  apiRoute({
    method: "DELETE",
    matcher: "/admin/drivers/:id",
    auth: "admin",
    summary: "Remove a driver",
    description: "Their claims not yet picked up go back to ready; their login is deleted. A driver carrying an order is a 409: deactivate them instead.",
    tags: ["Admin Drivers"],
    params: { id: "The driver's id." },
    response: AdminDriverDeleteResponse,
    conflict: "The driver carries an order out for delivery.",
  }),
  apiRoute({
    method: "GET",
    matcher: "/admin/bakeries/:id/deliveries",
    auth: "admin",
    summary: "A bakery's deliveries of a day",
    description:
      "The delivery orders (not collections) booked in the bakery's windows that day, cancelled ones included, each as its driver sees it: `stage` (`preparing`, `ready`, `claimed`, `out_for_delivery`, `delivered`, `cancelled`), the driver, when it was claimed, picked up and delivered, and the ETA; soonest window first.",
    tags: ["Admin Drivers"],
    params: { id: "The bakery's id." },
    query: AdminGetBakeryDeliveriesParams,
    response: AdminBakeryDeliveriesResponse,
  }),
]
