import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_CAKES } from "./demo-data"
import { SeededShipping } from "./seed-shipping"
import { SeededStore } from "./seed-store"

/**
 * The demo cakes as published products: option "Size", one variant per size
 * priced in GBP and EUR, made to order (no inventory). Only missing handles are
 * created. Returns product ids by handle.
 */
export async function seedCakes(
  container: MedusaContainer,
  store: SeededStore,
  shipping: SeededShipping
): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = DEMO_CAKES.map((cake) => cake.handle)
  const { data: existing } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
  const have = new Set(existing.map((product) => product.handle))

  const missing = DEMO_CAKES.filter((cake) => !have.has(cake.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((cake) => ({
          title: cake.title,
          handle: cake.handle,
          description: cake.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shipping.shippingProfileId,
          sales_channels: [{ id: store.salesChannelId }],
          options: [{ title: "Size", values: cake.sizes.map((s) => s.size) }],
          variants: cake.sizes.map((s) => ({
            title: s.size,
            sku: `${cake.handle}-${s.size.split('"')[0]}in`.toUpperCase(),
            options: { Size: s.size },
            manage_inventory: false,
            prices: [
              { currency_code: "gbp", amount: s.gbp },
              { currency_code: "eur", amount: s.eur },
            ],
          })),
        })),
      },
    })
    created = result
  }

  return Object.fromEntries([...existing, ...created].map((product) => [product.handle, product.id]))
}
