import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import { bakeryLocationAddress, bakeryOptionName } from "../rules/bakery-fulfillment"

type LocationState = { id: string; name: string; address: Record<string, unknown> | null }
type OptionState = { id: string; name: string }
type Undo = { locations: LocationState[]; options: OptionState[] }

const addressFields = ["address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

export const updateBakeryLocationsStepId = "update-bakery-locations"

/**
 * Keeps each bakery's stock location and shipping option names in step with the
 * bakery: the location's name and address, "Collect from <name>" and "Delivery
 * by <name>". Compensation writes back the previous names and address.
 */
export const updateBakeryLocationsStep = createStep(
  updateBakeryLocationsStepId,
  async (bakeryIds: string[], { container }) => {
    const undo: Undo = { locations: [], options: [] }
    if (!bakeryIds.length) {
      return new StepResponse(undefined, undo)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: bakeries } = await query.graph({
      entity: "bakery",
      fields: [
        "id",
        "name",
        ...addressFields,
        "stock_location.id",
        "stock_location.name",
        ...addressFields.map((field) => `stock_location.address.${field}`),
        "stock_location.fulfillment_sets.service_zones.shipping_options.id",
        "stock_location.fulfillment_sets.service_zones.shipping_options.name",
        "stock_location.fulfillment_sets.service_zones.shipping_options.data",
      ],
      filters: { id: bakeryIds },
    })
    const stockLocations = container.resolve(Modules.STOCK_LOCATION)
    const fulfillment = container.resolve(Modules.FULFILLMENT)

    for (const bakery of bakeries) {
      const location = bakery.stock_location
      if (!location) {
        continue
      }
      const address = bakeryLocationAddress(bakery)
      const moved = address && addressFields.some((field) => (address as any)[field] !== (location.address?.[field] ?? null))
      if (location.name !== bakery.name || moved) {
        undo.locations.push({ id: location.id, name: location.name, address: location.address ?? null })
        await stockLocations.updateStockLocations(location.id, { name: bakery.name, ...(moved ? { address } : {}) })
      }

      const options = (location.fulfillment_sets ?? [])
        .flatMap((set) => set?.service_zones ?? [])
        .flatMap((zone) => zone?.shipping_options ?? [])
        .filter((option) => !!option)
      const renamed = options
        .map((option) => ({ option, kind: (option.data as { id?: string } | null)?.id }))
        .filter(({ kind }) => kind === "pickup" || kind === "delivery")
        .map(({ option, kind }) => ({ option, name: bakeryOptionName(kind as FulfillmentKind, bakery.name) }))
        .filter(({ option, name }) => option.name !== name)
      if (renamed.length) {
        undo.options.push(...renamed.map(({ option }) => ({ id: option.id, name: option.name })))
        for (const { option, name } of renamed) {
          await fulfillment.updateShippingOptions(option.id, { name })
        }
      }
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo?.locations.length && !undo?.options.length) {
      return
    }
    const stockLocations = container.resolve(Modules.STOCK_LOCATION)
    for (const location of undo.locations) {
      const address = location.address as any
      await stockLocations.updateStockLocations(location.id, {
        name: location.name,
        ...(address?.address_1 && address?.country_code ? { address } : {}),
      })
    }
    if (undo.options.length) {
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      for (const option of undo.options) {
        await fulfillment.updateShippingOptions(option.id, { name: option.name })
      }
    }
  }
)
