import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { addRegionCountriesToBakeryZonesWorkflow } from "../workflows/bakery/workflows/add-region-countries-to-bakery-zones"

/** A country added to a region joins every bakery's service zones. */
export default async function regionUpdatedBakeryZonesHandler({ container }: SubscriberArgs<{ id: string }>) {
  await addRegionCountriesToBakeryZonesWorkflow(container).run()
}

export const config: SubscriberConfig = { event: "region.updated" }
