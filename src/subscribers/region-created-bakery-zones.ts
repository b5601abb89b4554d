import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { addRegionCountriesToBakeryZonesWorkflow } from "../workflows/bakery/workflows/add-region-countries-to-bakery-zones"

/** A new region's countries join every bakery's service zones, so its carts are offered collection and delivery. */
export default async function regionCreatedBakeryZonesHandler({ container }: SubscriberArgs<{ id: string }>) {
  await addRegionCountriesToBakeryZonesWorkflow(container).run()
}

export const config: SubscriberConfig = { event: "region.created" }
