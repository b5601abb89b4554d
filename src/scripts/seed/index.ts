import { MedusaContainer } from "@medusajs/framework/types"
import { seedAdminUser } from "./seed-admin-user"
import { seedBakeries } from "./seed-bakeries"
import { seedCakes } from "./seed-cakes"
import { seedShipping } from "./seed-shipping"
import { seedStore } from "./seed-store"

export type DemoSeedOptions = {
  adminEmail: string
  adminPassword: string
}

export type DemoSeedResult = {
  publishableKey: string
  regionId: string
  salesChannelId: string
  shippingOptionId: string
  productIdsByHandle: Record<string, string>
  bakeryIdsByHandle: Record<string, string>
}

/**
 * Seeds the demo shop. Idempotent: every piece is looked up by a stable name or
 * handle first, so a second run adds nothing.
 */
export async function seedDemoData(container: MedusaContainer, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const store = await seedStore(container)
  const shipping = await seedShipping(container, store)
  const productIdsByHandle = await seedCakes(container, store, shipping)
  const bakeryIdsByHandle = await seedBakeries(container, productIdsByHandle)
  await seedAdminUser(container, options.adminEmail, options.adminPassword)

  return {
    publishableKey: store.publishableKey,
    regionId: store.regionId,
    salesChannelId: store.salesChannelId,
    shippingOptionId: shipping.shippingOptionId,
    productIdsByHandle,
    bakeryIdsByHandle,
  }
}
