import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshDeliveryEtasWorkflow } from "../workflows/delivery/workflows/refresh-delivery-etas"

/** Every few minutes: fresh ETAs for everything out for delivery. A failure is logged; the next tick tries again. */
export default async function refreshDeliveryEtasJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await refreshDeliveryEtasWorkflow(container).run({ input: {} })
    if (result.order_ids.length) {
      logger.info(
        `Refreshed ${result.order_ids.length} delivery ETAs: ${result.estimates.length} changed (${result.google_requests} Google requests)`
      )
    }
  } catch (error: any) {
    logger.error(`Refreshing delivery ETAs failed: ${error.message}`)
  }
}

const schedule = process.env.ETA_REFRESH_CRON || "*/2 * * * *"

/**
 * `ETA_REFRESH_CRON=off` (the test suites') registers the job but never runs it.
 * A far-off cron ("0 0 1 1 *") does not: a first run more than 24.8 days away
 * overflows Node's timer, which then fires at once, and again every millisecond.
 */
export const config = {
  name: "refresh-delivery-etas",
  schedule: schedule === "off" ? "*/2 * * * *" : schedule,
  ...(schedule === "off" ? { numberOfExecutions: 0 } : {}),
}
