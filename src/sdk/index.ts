// src/sdk is the source of the @sweetspot/sdk package (packages/sdk/scripts/build.cjs builds it):
// its files may load only each other and @medusajs/js-sdk, and take their types from src/types.
import type Medusa from "@medusajs/js-sdk"
import { adminHelpers } from "./admin"
import { driverHelpers } from "./driver"
import { storeHelpers } from "./store"

/**
 * Typed helpers for SweetSpot's own routes over a js-sdk instance, e.g.
 * `sweetspot(sdk).store.cakes.list({ region_id })`. They use the instance's base URL,
 * keys and authentication, and throw `SweetSpotApiError` with Medusa's status, type and message.
 */
export function sweetspot(sdk: Pick<Medusa, "client">) {
  return { store: storeHelpers(sdk.client), admin: adminHelpers(sdk.client), driver: driverHelpers(sdk.client) }
}

export type SweetSpotHelpers = ReturnType<typeof sweetspot>
export { SweetSpotApiError, isSweetSpotApiError } from "./api-error"
export type { DeliveryStreamOptions, DeliveryStreamUpdate } from "./delivery-stream"
export type * from "../types/bakery/http"
export type * from "../types/cake/http"
export type * from "../types/delivery/http"
export type * from "../types/driver/http"
export type * from "../types/bakery/bakery-stats"
