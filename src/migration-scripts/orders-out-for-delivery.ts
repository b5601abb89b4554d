import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { trackOrdersOutForDeliveryWorkflow } from "../workflows/delivery/workflows/track-orders-out-for-delivery"

/**
 * Run once by `medusa db:migrate`: fills the list of orders out for delivery
 * (delivery module, `out_for_delivery`) from the orders shipped before it
 * existed, so the scheduled ETA refresh keeps refreshing them.
 */
export default async function ordersOutForDelivery({ container }: ExecArgs) {
  const { result } = await trackOrdersOutForDeliveryWorkflow(container).run({ input: {} })
  if (result.added) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`${result.added} order(s) out for delivery listed for the ETA refresh`)
  }
}
