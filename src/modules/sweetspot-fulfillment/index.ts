import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SweetSpotFulfillmentProviderService from "./service"

/** Registered in medusa-config.ts under the Fulfillment Module as id "sweetspot": provider id `sweetspot_sweetspot`. */
export const SWEETSPOT_FULFILLMENT_PROVIDER_ID = "sweetspot_sweetspot"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [SweetSpotFulfillmentProviderService],
})
