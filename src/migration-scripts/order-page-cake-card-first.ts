import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_PAGE_LAYOUT_ZONE, withCakeCardFirst } from "../utils/order-page-layout"

/**
 * Run once by `medusa db:migrate`: the order page's default layout puts the
 * "Cakes and delivery" card first (src/utils/order-page-layout.ts). A default that
 * already places the card is left as it is.
 */
export default async function orderPageCakeCardFirst({ container }: ExecArgs) {
  const settings = container.resolve(Modules.SETTINGS)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const current = await settings.getSystemDefaultLayoutConfiguration(ORDER_PAGE_LAYOUT_ZONE)
  const next = withCakeCardFirst(current?.configuration)
  if (next) {
    await settings.setSystemDefaultLayoutConfiguration(ORDER_PAGE_LAYOUT_ZONE, next)
    logger.info(`The order page's default layout shows the "Cakes and delivery" card first`)
  }
}
