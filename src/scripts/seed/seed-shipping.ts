import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createShippingProfilesWorkflow,
  deleteShippingOptionsWorkflow,
  deleteStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { RETIRED_SHIPPING_OPTION_NAME, RETIRED_STOCK_LOCATION_NAME } from "./demo-data"
import { findOrCreate } from "./seed-store"

export type SeededShipping = {
  shippingProfileId: string
}

/**
 * The default shipping profile the cakes and every bakery's options use
 * (created only if missing). Each bakery brings its own stock location and
 * options (seedBakeries); the single "SweetSpot Kitchens" location and flat
 * "Cake delivery" option of earlier seeds, which every cart would otherwise
 * still be offered, are removed where a database still has them.
 */
export async function seedShipping(container: MedusaContainer): Promise<SeededShipping> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: retiredOptions } = await query.graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { name: RETIRED_SHIPPING_OPTION_NAME },
  })
  if (retiredOptions.length) {
    await deleteShippingOptionsWorkflow(container).run({ input: { ids: retiredOptions.map((option) => option.id) } })
  }
  const { data: retiredLocations } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: RETIRED_STOCK_LOCATION_NAME },
  })
  if (retiredLocations.length) {
    await deleteStockLocationsWorkflow(container).run({ input: { ids: retiredLocations.map((location) => location.id) } })
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

  return { shippingProfileId }
}
