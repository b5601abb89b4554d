import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { trackOrdersOutForDeliveryWorkflow } from "../workflows/delivery/workflows/track-orders-out-for-delivery"

/**
 * Twice an hour: the list of orders out for delivery (what the scheduled ETA
 * refresh reads) is checked against every shipped order, for anything an event
 * did not say (a subscriber that failed, a change made outside Medusa's
 * workflows). A failure is logged; the next run tries again.
 */
export default async function reconcileOrdersOutForDeliveryJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await trackOrdersOutForDeliveryWorkflow(container).run({ input: {} })
    if (result.added || result.changed || result.removed) {
      logger.info(`Orders out for delivery reconciled: ${result.added} added, ${result.changed} changed, ${result.removed} removed`)
    }
  } catch (error: any) {
    logger.error(`Reconciling the orders out for delivery failed: ${error.message}`)
  }
}

export const config = {
  name: "reconcile-orders-out-for-delivery",
  schedule: "11,41 * * * *",
}
