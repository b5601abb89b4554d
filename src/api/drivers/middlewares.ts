import { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimitDriverLocation } from "../rate-limit/rate-limiter"
import { apiRoute } from "../utils/api-route"
import { driverRegistrationGate } from "./registration-gate"
import {
  DriverDeliveriesResponse,
  DriverDeliveryResponse,
  DriverGetDeliveriesParams,
  DriverLocationResponse,
  DriverPostLocation,
  DriverProfileResponse,
} from "./validators"

const orderId = { order_id: "The order's id." }

const action = (verb: "claim" | "release" | "pick-up" | "complete", summary: string, description: string, conflict: string) =>
  apiRoute({
    method: "POST",
    matcher: `/drivers/me/deliveries/:order_id/${verb}`,
    auth: "driver",
    summary,
    description: `${description} An order that is not a delivery of your bakery is a 404.`,
    tags: ["Drivers"],
    params: orderId,
    response: DriverDeliveryResponse,
    conflict,
  })

export const driversMiddlewares: MiddlewareRoute[] = [
  // Only a driver staff added may create a driver login (Medusa's own registration route).
  { method: ["POST"], matcher: "/auth/driver/emailpass/register", middlewares: [driverRegistrationGate] },
  apiRoute({
    method: "POST",
    matcher: "/drivers",
    auth: "driver_registration",
    summary: "Bind a driver login",
    description:
      "With the token from `POST /auth/driver/emailpass/register` (which accepts only an email staff added to a bakery): binds the login to that driver. Log in again (`POST /auth/driver/emailpass`) for a token that carries the driver. Anyone else: 401.",
    tags: ["Drivers"],
    response: DriverProfileResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/drivers/me",
    auth: "driver",
    summary: "The logged-in driver",
    tags: ["Drivers"],
    response: DriverProfileResponse,
  }),
  apiRoute({
    method: "GET",
    matcher: "/drivers/me/deliveries",
    auth: "driver",
    summary: "Your bakery's deliveries",
    description:
      "`ready`: prepared (Medusa's fulfillment), not shipped and not claimed; `mine`: claimed or carried by you; `done`: delivered by you today. Soonest window first; each with address, slot, cakes and whom to hand them to.",
    tags: ["Drivers"],
    query: DriverGetDeliveriesParams,
    response: DriverDeliveriesResponse,
  }),
  action("claim", "Claim a ready delivery", "Exactly one driver wins; claiming your own claim again answers it as it is.", "Another driver has it (named), or it is not ready."),
  action("release", "Give back a claimed delivery", "Only before pick-up; it is ready for any driver again.", "Not yours, or already picked up."),
  action(
    "pick-up",
    "Leave with a claimed delivery",
    "Medusa's shipment: the order reads `shipped`, the shopper gets the out-for-delivery email and a first ETA.",
    "Not yours, not claimed, or already picked up."
  ),
  action(
    "complete",
    "Hand a delivery over",
    "Medusa's mark-as-delivered: the order reads `delivered` and the shopper gets the delivered email.",
    "Not yours, or not picked up."
  ),
  apiRoute({
    method: "POST",
    matcher: "/drivers/me/location",
    auth: "driver",
    summary: "Report your position",
    description:
      "Only while you carry an order (otherwise 409), at most RATE_LIMIT_DRIVER_LOCATION_REQUESTS a window (429). Only the latest position is kept; an older report than the kept one changes nothing. While fresh, your orders' ETAs start from it (recomputed at most once per ETA_DRIVER_MIN_INTERVAL_SECONDS).",
    tags: ["Drivers"],
    body: DriverPostLocation,
    response: DriverLocationResponse,
    conflict: "You carry no order.",
  }),
  { method: ["POST"], matcher: "/drivers/me/location", middlewares: [rateLimitDriverLocation] },
]
