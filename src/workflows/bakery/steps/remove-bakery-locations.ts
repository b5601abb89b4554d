import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Removed = { location_ids: string[]; shipping_option_ids: string[] }

export const removeBakeryLocationsStepId = "remove-bakery-locations"

/**
 * Takes a deleted bakery's stock location, its links and its shipping options
 * out of the shop (soft deletes, like the bakery's own): no cart is offered them
 * any more, and past orders keep their shipping methods. Compensation restores
 * them all.
 */
export const removeBakeryLocationsStep = createStep(
  removeBakeryLocationsStepId,
  async (bakeryIds: string[], { container }) => {
    if (!bakeryIds.length) {
      return new StepResponse({ location_ids: [], shipping_option_ids: [] } as Removed, { location_ids: [], shipping_option_ids: [] } as Removed)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: bakeries } = await query.graph({
      entity: "bakery",
      fields: ["id", "stock_location.id", "stock_location.fulfillment_sets.service_zones.shipping_options.id"],
      filters: { id: bakeryIds },
    })
    const locations = bakeries.map((bakery) => bakery.stock_location).filter((location) => !!location)
    const removed: Removed = {
      location_ids: locations.map((location) => location.id),
      shipping_option_ids: locations
        .flatMap((location) => location.fulfillment_sets ?? [])
        .flatMap((set) => set?.service_zones ?? [])
        .flatMap((zone) => (zone?.shipping_options ?? []).map((option) => option?.id))
        .filter((id): id is string => !!id),
    }
    if (removed.shipping_option_ids.length) {
      await container.resolve(Modules.FULFILLMENT).softDeleteShippingOptions(removed.shipping_option_ids)
    }
    if (removed.location_ids.length) {
      // Its links too (sales channel, fulfillment sets, provider): Medusa's listing reads the channel's locations through them.
      await container.resolve(ContainerRegistrationKeys.LINK).delete({ [Modules.STOCK_LOCATION]: { stock_location_id: removed.location_ids } })
      await container.resolve(Modules.STOCK_LOCATION).softDeleteStockLocations(removed.location_ids)
    }
    return new StepResponse(removed, removed)
  },
  async (removed, { container }) => {
    if (!removed?.location_ids.length && !removed?.shipping_option_ids.length) {
      return
    }
    if (removed.location_ids.length) {
      await container.resolve(Modules.STOCK_LOCATION).restoreStockLocations(removed.location_ids)
      await container.resolve(ContainerRegistrationKeys.LINK).restore({ [Modules.STOCK_LOCATION]: { stock_location_id: removed.location_ids } })
    }
    if (removed.shipping_option_ids.length) {
      await container.resolve(Modules.FULFILLMENT).restoreShippingOptions(removed.shipping_option_ids)
    }
  }
)
