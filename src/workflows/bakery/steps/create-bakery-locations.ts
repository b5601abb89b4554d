import { IFulfillmentModuleService, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { SWEETSPOT_FULFILLMENT_PROVIDER_ID } from "../../../modules/sweetspot-fulfillment"
import { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import {
  bakeryFulfillmentSetName,
  bakeryLocationAddress,
  serviceZoneCountries,
  SHIPPING_OPTION_TYPES,
} from "../rules/bakery-fulfillment"

/** A bakery's new location, what its options need: one service zone per kind. */
export type CreatedBakeryLocation = {
  bakery_id: string
  bakery_name: string
  location_id: string
  service_zone_ids: Record<FulfillmentKind, string>
  shipping_type_ids: Record<FulfillmentKind, string>
  shipping_profile_id: string
  /** The store's currencies: "Collect from" is free in each. */
  currency_codes: string[]
}

type Undo = { location_ids: string[]; fulfillment_set_ids: string[]; links: LinkDefinition[] }

export const createBakeryLocationsStepId = "create-bakery-locations"

/**
 * Gives each bakery that has none its own stock location (named and addressed
 * like the bakery), linked to it, to the SweetSpot fulfillment provider and to
 * the store's default sales channel, with a pickup and a delivery fulfillment
 * set whose service zones cover every region's countries. A bakery that already
 * has a location is skipped, so the seed can run it again. Compensation removes
 * the links, sets and locations it made; the two shipping option types
 * (`pickup`, `delivery`) are shared by every bakery and stay.
 */
export const createBakeryLocationsStep = createStep(
  createBakeryLocationsStepId,
  async (bakeryIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const stockLocations = container.resolve(Modules.STOCK_LOCATION)

    const { data: bakeries } = bakeryIds.length
      ? await query.graph({
          entity: "bakery",
          fields: ["id", "name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone", "stock_location.id"],
          filters: { id: bakeryIds },
        })
      : { data: [] as any[] }
    const missing = bakeries.filter((bakery: any) => !bakery.stock_location)
    if (!missing.length) {
      return new StepResponse([] as CreatedBakeryLocation[], { location_ids: [], fulfillment_set_ids: [], links: [] } as Undo)
    }

    const [{ data: [store] }, { data: regions }, profiles, types] = await Promise.all([
      query.graph({ entity: "store", fields: ["default_sales_channel_id", "supported_currencies.currency_code"] }),
      query.graph({ entity: "region", fields: ["countries.iso_2"] }),
      fulfillment.listShippingProfiles({ type: "default" }),
      ensureShippingOptionTypes(fulfillment),
    ])
    if (!profiles.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default shipping profile for the bakery's options")
    }
    const regionCountries = regions.flatMap((region: any) => (region.countries ?? []).map((c: any) => c?.iso_2).filter(Boolean))
    const currencyCodes = [...new Set((store?.supported_currencies ?? []).map((c: any) => c?.currency_code).filter(Boolean))] as string[]

    const undo: Undo = { location_ids: [], fulfillment_set_ids: [], links: [] }
    const created: CreatedBakeryLocation[] = []
    try {
      for (const bakery of missing as any[]) {
        const address = bakeryLocationAddress(bakery)
        const location = await stockLocations.createStockLocations({ name: bakery.name, ...(address ? { address } : {}) })
        undo.location_ids.push(location.id)

        const countries = serviceZoneCountries(regionCountries, bakery.country_code)
        const sets = await fulfillment.createFulfillmentSets(
          (["pickup", "delivery"] as FulfillmentKind[]).map((kind) => ({
            name: bakeryFulfillmentSetName(kind, bakery.id),
            type: kind === "pickup" ? "pickup" : "shipping",
            service_zones: [
              {
                name: `${bakery.name} ${kind}`,
                geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
              },
            ],
          }))
        )
        undo.fulfillment_set_ids.push(...sets.map((set) => set.id))

        const links: LinkDefinition[] = [
          { [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: SWEETSPOT_FULFILLMENT_PROVIDER_ID },
          },
          ...sets.map((set) => ({
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
          })),
          ...(store?.default_sales_channel_id
            ? [
                {
                  [Modules.SALES_CHANNEL]: { sales_channel_id: store.default_sales_channel_id },
                  [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
                },
              ]
            : []),
        ]
        await link.create(links)
        undo.links.push(...links)

        const zoneOf = (kind: FulfillmentKind) =>
          sets.find((set) => set.name === bakeryFulfillmentSetName(kind, bakery.id))!.service_zones[0].id
        created.push({
          bakery_id: bakery.id,
          bakery_name: bakery.name,
          location_id: location.id,
          service_zone_ids: { pickup: zoneOf("pickup"), delivery: zoneOf("delivery") },
          shipping_type_ids: types,
          shipping_profile_id: profiles[0].id,
          currency_codes: currencyCodes,
        })
      }
    } catch (error) {
      await undoCreatedLocations(container, undo)
      throw error
    }
    return new StepResponse(created, undo)
  },
  async (undo, { container }) => {
    if (!undo?.location_ids.length) {
      return
    }
    await undoCreatedLocations(container, undo)
  }
)

async function undoCreatedLocations(container: MedusaContainer, undo: Undo) {
  if (undo.links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.links)
  }
  if (undo.fulfillment_set_ids.length) {
    await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets(undo.fulfillment_set_ids)
  }
  if (undo.location_ids.length) {
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations(undo.location_ids)
  }
}

/** The shared `pickup` and `delivery` shipping option types, made the first time a bakery needs them. */
async function ensureShippingOptionTypes(fulfillment: IFulfillmentModuleService): Promise<Record<FulfillmentKind, string>> {
  const codes = Object.keys(SHIPPING_OPTION_TYPES) as FulfillmentKind[]
  const existing: { id: string; code: string }[] = await fulfillment.listShippingOptionTypes({ code: codes })
  const missing = codes.filter((code) => !existing.some((type) => type.code === code))
  const created: { id: string; code: string }[] = missing.length
    ? await fulfillment.createShippingOptionTypes(missing.map((code) => SHIPPING_OPTION_TYPES[code]))
    : []
  const all = [...existing, ...created]
  return Object.fromEntries(codes.map((code) => [code, all.find((type) => type.code === code)!.id])) as Record<FulfillmentKind, string>
}
