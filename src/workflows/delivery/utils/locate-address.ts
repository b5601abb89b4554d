import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import type { Coordinates } from "../../../types/delivery/coordinates"
import { addressCoordinates } from "../rules/eta"
import { placePostcodeOffline } from "../rules/offline-postcode"

const GEOCODE_TTL_SECONDS = 24 * 3600

/**
 * A delivery address's coordinates: from the storefront (address metadata), else
 * its postal code geocoded by Google (cached for a day), else its postcode
 * district's centre from the bundled table (GB), else unknown (null).
 */
export async function locateAddress(container: MedusaContainer, address: any) {
  const known = addressCoordinates(address)
  if (known || !address?.postal_code || !address?.country_code) {
    return known
  }
  const caching = container.resolve(Modules.CACHING)
  const key = `sweetspot:geocode:${String(address.postal_code).replace(/\s+/g, "").toUpperCase()}:${address.country_code}`
  const cached = (await caching.get({ key })) as Coordinates | null
  if (cached) {
    return cached
  }
  const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const located = await delivery.locatePostalCode(address.postal_code, address.country_code)
  if (located) {
    await caching.set({ key, data: located, ttl: GEOCODE_TTL_SECONDS })
    return located
  }
  return placePostcodeOffline(String(address.postal_code), String(address.country_code))
}
