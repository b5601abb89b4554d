import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_FULFILLMENT_SET_NAME, DEMO_REGION, DEMO_SHIPPING_OPTION, DEMO_STOCK_LOCATION } from "./demo-data"
import { findOrCreate, SeededStore } from "./seed-store"

export type SeededShipping = {
  stockLocationId: string
  shippingProfileId: string
  shippingOptionId: string
}

/**
 * The kitchens' stock location, its delivery fulfillment set for the region's
 * countries and the "Cake delivery" shipping option; each created only if missing.
 */
export async function seedShipping(container: MedusaContainer, store: SeededStore): Promise<SeededShipping> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const stockLocationId = await findOrCreate(
    () => query.graph({ entity: "stock_location", fields: ["id"], filters: { name: DEMO_STOCK_LOCATION.name } }),
    async () => {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: { locations: [DEMO_STOCK_LOCATION] },
      })
      const id = result[0].id
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id, add: [store.salesChannelId] },
      })
      return id
    }
  )

  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id", "fulfillment_sets.name", "fulfillment_sets.service_zones.id"],
    filters: { id: stockLocationId },
  })
  const fulfillmentSet = location.fulfillment_sets?.find((set) => set?.name === DEMO_FULFILLMENT_SET_NAME)
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: stockLocationId, fulfillment_set_data: { name: DEMO_FULFILLMENT_SET_NAME, type: "shipping" } },
    })
    const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
    const [created] = await fulfillmentModule.listFulfillmentSets({ name: DEMO_FULFILLMENT_SET_NAME })
    await fulfillmentModule.createServiceZones({
      name: DEMO_REGION.name,
      fulfillment_set_id: created.id,
      geo_zones: DEMO_REGION.countries.map((country_code) => ({ type: "country" as const, country_code })),
    })
  }

  // Medusa's own migration script makes the default profile; a bare database lacks it.
  const shippingProfileId = await findOrCreate(
    () => query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
    async () => {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
      return result[0].id
    }
  )

  const shippingOptionId = await findOrCreate(
    () => query.graph({ entity: "shipping_option", fields: ["id"], filters: { name: DEMO_SHIPPING_OPTION.name } }),
    async () => {
      const { data: [withZones] } = await query.graph({
        entity: "fulfillment_set",
        fields: ["service_zones.id"],
        filters: { name: DEMO_FULFILLMENT_SET_NAME },
      })
      const { result } = await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: DEMO_SHIPPING_OPTION.name,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: withZones.service_zones[0].id,
            shipping_profile_id: shippingProfileId,
            type: DEMO_SHIPPING_OPTION.type,
            prices: [
              DEMO_SHIPPING_OPTION.price,
              { region_id: store.regionId, amount: DEMO_SHIPPING_OPTION.price.amount },
            ],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      return result[0].id
    }
  )

  return { stockLocationId, shippingProfileId, shippingOptionId }
}
