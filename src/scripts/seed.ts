import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./seed/index"

export const DEFAULT_ADMIN_EMAIL = "admin@sweetspot.local"
export const DEFAULT_ADMIN_PASSWORD = "sweetspot-admin"

/** `npm run seed` (and `npm run dev`, every start): the idempotent demo shop. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedDemoData(container, {
    adminEmail: process.env.MEDUSA_ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL,
    adminPassword: process.env.MEDUSA_ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD,
  })
  logger.info(`Demo data ready: ${Object.keys(result.productIdsByHandle).length} cakes, publishable key ${result.publishableKey}`)
}
