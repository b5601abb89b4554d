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

export const config = {
  name: "request-order-balances",
  schedule: process.env.BALANCE_REQUEST_CRON || "0 * * * *",
}
