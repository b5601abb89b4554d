import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { missingZoneCountries } from "../rules/bakery-fulfillment"

export const addRegionCountriesToBakeryZonesStepId = "add-region-countries-to-bakery-zones"

/**
 * Every bakery's pickup and delivery service zones cover every region's
 * countries: Medusa lists no option for a cart whose address (a new region's
 * carts get its country) is outside the zone. Adds the countries a zone lacks,
 * removes none (a country taken out of a region may still be someone's
 * address). Compensation deletes the geo zones it added.
 */
export const addRegionCountriesToBakeryZonesStep = createStep(
  addRegionCountriesToBakeryZonesStepId,
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: regions }, { data: bakeries }] = await Promise.all([
      query.graph({ entity: "region", fields: ["countries.iso_2"] }),
      query.graph({
        entity: "bakery",
        fields: [
          "stock_location.fulfillment_sets.service_zones.id",
          "stock_location.fulfillment_sets.service_zones.geo_zones.type",
          "stock_location.fulfillment_sets.service_zones.geo_zones.country_code",
        ],
      }),
    ])
    const countries = regions.flatMap((region: any) => (region.countries ?? []).map((c: any) => c?.iso_2).filter(Boolean))
    const zones = (bakeries as any[])
      .flatMap((bakery) => bakery.stock_location?.fulfillment_sets ?? [])
      .flatMap((set: any) => set?.service_zones ?? [])
      .filter(Boolean)
    const toCreate = zones.flatMap((zone: any) =>
      missingZoneCountries(countries, zone.geo_zones ?? []).map((country_code) => ({
        service_zone_id: zone.id as string,
        type: "country" as const,
        country_code,
      }))
    )
    if (!toCreate.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const created = await container.resolve(Modules.FULFILLMENT).createGeoZones(toCreate)
    const ids = created.map((zone) => zone.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve(Modules.FULFILLMENT).deleteGeoZones(ids)
  }
)
