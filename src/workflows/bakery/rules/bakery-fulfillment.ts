import type { StockLocationAddressInput } from "@medusajs/framework/types"
import { FulfillmentKind } from "../../../types/fulfillment/fulfillment"

/** The shipping option types a storefront tells the two choices apart by (`shipping_option.type.code`). */
export const SHIPPING_OPTION_TYPES: Record<FulfillmentKind, { code: FulfillmentKind; label: string; description: string }> = {
  pickup: { code: "pickup", label: "Collect", description: "Collected from the bakery in your chosen window." },
  delivery: { code: "delivery", label: "Delivery", description: "Delivered by the bakery in your chosen window." },
}

type NamedBakery = {
  id: string
  name: string
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** What each of a bakery's shipping options is called. */
export const bakeryOptionName = (kind: FulfillmentKind, bakeryName: string) =>
  kind === "pickup" ? `Collect from ${bakeryName}` : `Delivery by ${bakeryName}`

/** A fulfillment set's name is unique in Medusa: the bakery id keeps it so whatever the bakery is called. */
export const bakeryFulfillmentSetName = (kind: FulfillmentKind, bakeryId: string) => `${bakeryId} ${kind}`

/** The stock location's address, from the bakery's; none while the bakery has no street and country. */
export function bakeryLocationAddress(bakery: NamedBakery): StockLocationAddressInput | null {
  if (!bakery.address_1 || !bakery.country_code) {
    return null
  }
  return {
    address_1: bakery.address_1,
    address_2: bakery.address_2 ?? null,
    city: bakery.city ?? null,
    province: bakery.province ?? null,
    postal_code: bakery.postal_code ?? null,
    country_code: bakery.country_code.toUpperCase(),
    phone: bakery.phone ?? null,
  }
}

/** The countries a bakery's service zones cover: every region's, and its own. */
export function serviceZoneCountries(regionCountries: string[], bakeryCountry?: string | null): string[] {
  const countries = new Set(regionCountries.map((code) => code.toLowerCase()))
  if (bakeryCountry) {
    countries.add(bakeryCountry.toLowerCase())
  }
  return [...countries].sort()
}

/** The region countries a service zone does not cover yet (country geo zones only count). */
export function missingZoneCountries(
  regionCountries: string[],
  geoZones: { type?: string | null; country_code?: string | null }[]
): string[] {
  const covered = new Set(
    geoZones.filter((zone) => zone?.type === "country" && zone.country_code).map((zone) => zone.country_code!.toLowerCase())
  )
  return [...new Set(regionCountries.map((code) => code.toLowerCase()))].filter((code) => !covered.has(code)).sort()
}
