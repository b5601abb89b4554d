import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestOrderBalances } from "../workflows/deposit/utils/request-order-balances"

/** Hourly: deposit orders whose balance is due get a payment collection and a pay-link email (README: Deposits and cancellation). */
export default async function requestOrderBalancesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const requested = await requestOrderBalances(container)
    if (requested.length) {
      logger.info(`Asked ${requested.length} shoppers for their balance`)
    }
  } catch (error: any) {
    logger.error(`Asking for balances failed: ${error.message}`)
  }
}

const schedule = process.env.BALANCE_REQUEST_CRON || "0 * * * *"

/**
 * `BALANCE_REQUEST_CRON=off` (the test suites') registers the job but never runs
 * it: a far-off cron such as "0 0 1 1 *" does not do that, as a first run more
 * than 24.8 days away overflows Node's timer and fires at once, again and again.
 */
export const config = {
  name: "request-order-balances",
  schedule: schedule === "off" ? "0 * * * *" : schedule,
  ...(schedule === "off" ? { numberOfExecutions: 0 } : {}),
}
