import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { removeOrphanCakeCustomizationsWorkflow } from "../workflows/cake/workflows/remove-orphan-cake-customizations"

/** A cake line removed through any route takes its customisation with it. */
export default async function cartUpdatedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await removeOrphanCakeCustomizationsWorkflow(container).run({ input: { cart_id: data.id } })
}

export const config: SubscriberConfig = { event: "cart.updated" }
