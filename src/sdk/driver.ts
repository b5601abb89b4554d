import type { Client } from "@medusajs/js-sdk"
import type {
  DriverDeliveriesQuery,
  DriverDeliveriesResponse,
  DriverDeliveryResponse,
  DriverLocationBody,
  DriverLocationResponse,
  DriverProfileResponse,
} from "../types/driver/http"
import { request, segment } from "./request"

const action = (client: Client, verb: string) => (orderId: string) =>
  request<DriverDeliveryResponse>(client, `/drivers/me/deliveries/${segment(orderId)}/${verb}`, { method: "POST" })

/**
 * The driver app's routes. Log in as Medusa's `driver` actor first
 * (`sdk.auth.register("driver", "emailpass", …)` then `register()`, or
 * `sdk.auth.login("driver", "emailpass", …)`): the client's token is the driver.
 */
export const driverHelpers = (client: Client) => ({
  /** Binds a fresh registration token to the driver staff added with its email; log in again afterwards. */
  register: () => request<DriverProfileResponse>(client, "/drivers", { method: "POST" }),
  me: () => request<DriverProfileResponse>(client, "/drivers/me"),
  deliveries: {
    list: (query: DriverDeliveriesQuery = {}) => request<DriverDeliveriesResponse>(client, "/drivers/me/deliveries", { query }),
    claim: action(client, "claim"),
    release: action(client, "release"),
    pickUp: action(client, "pick-up"),
    complete: action(client, "complete"),
  },
  reportLocation: (body: DriverLocationBody) =>
    request<DriverLocationResponse>(client, "/drivers/me/location", { method: "POST", body }),
})
