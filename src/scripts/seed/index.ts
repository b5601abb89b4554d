import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedAdminUser } from "./seed-admin-user"
import { seedBakeries } from "./seed-bakeries"
import { seedCakePictures } from "./seed-cake-pictures"
import { seedCakes } from "./seed-cakes"
import { seedShipping } from "./seed-shipping"
import { seedStore } from "./seed-store"

export type DemoSeedOptions = {
  adminEmail: string
  adminPassword: string
  /** Give the cakes their pictures (default true); test suites that never look at them skip the uploads. */
  pictures?: boolean
}

export type DemoSeedResult = {
  publishableKey: string
  regionId: string
  salesChannelId: string
  /** Each bakery's shipping options, by handle: "Collect from" (pickup) and "Delivery by" (delivery). */
  shippingOptionIdsByBakery: Record<string, { pickup: string; delivery: string }>
  productIdsByHandle: Record<string, string>
  bakeryIdsByHandle: Record<string, string>
}

/**
 * Seeds the demo shop. Idempotent: every piece is looked up by a stable name or
 * handle first, so a second run adds nothing.
 */
export async function seedDemoData(container: MedusaContainer, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const store = await seedStore(container)
  const shipping = await seedShipping(container)
  const productIdsByHandle = await seedCakes(container, store, shipping)
  if (options.pictures !== false) {
    await seedCakePictures(container, productIdsByHandle)
  }
  const bakeryIdsByHandle = await seedBakeries(container, productIdsByHandle)
  await seedAdminUser(container, options.adminEmail, options.adminPassword)
  const shippingOptionIdsByBakery = await bakeryShippingOptionIds(container, bakeryIdsByHandle)

  return {
    publishableKey: store.publishableKey,
    regionId: store.regionId,
    salesChannelId: store.salesChannelId,
    shippingOptionIdsByBakery,
    productIdsByHandle,
    bakeryIdsByHandle,
  }
}

/** Each bakery's pickup and delivery option ids, by bakery handle. */
async function bakeryShippingOptionIds(container: MedusaContainer, bakeryIdsByHandle: Record<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bakeries } = await query.graph({
    entity: "bakery",
    fields: ["id", "handle", "stock_location.fulfillment_sets.service_zones.shipping_options.id", "stock_location.fulfillment_sets.service_zones.shipping_options.data"],
    filters: { id: Object.values(bakeryIdsByHandle) },
  })
  return Object.fromEntries(
    (bakeries as any[]).map((bakery) => {
      const options = (bakery.stock_location?.fulfillment_sets ?? [])
        .flatMap((set: any) => set?.service_zones ?? [])
        .flatMap((zone: any) => zone?.shipping_options ?? [])
      const idOf = (kind: string) => options.find((option: any) => option?.data?.id === kind)?.id
      return [bakery.handle, { pickup: idOf("pickup"), delivery: idOf("delivery") }]
    })
  )
}
