import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertOneBakery } from "../rules/one-bakery-per-cart"

/**
 * Medusa's own add-to-cart (`POST /store/carts/:id/line-items`) obeys the
 * one-bakery rule too, so no route can mix two kitchens in one cart.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const variantIds = (input.items ?? []).map((item) => item.variant_id).filter(Boolean) as string[]
  if (!variantIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: carts }] = await Promise.all([
    query.graph({ entity: "variant", fields: ["id", "product.bakery.id", "product.bakery.name"], filters: { id: variantIds } }),
    query.graph({ entity: "cart", fields: ["id", "items.product_id"], filters: { id: cart.id } }),
  ])
  const cartProductIds = [...new Set((carts[0]?.items ?? []).map((item: any) => item?.product_id).filter(Boolean))]
  const { data: products } = cartProductIds.length
    ? await query.graph({ entity: "product", fields: ["id", "bakery.id", "bakery.name"], filters: { id: cartProductIds } })
    : { data: [] as any[] }
  assertOneBakery(
    products.map((p: any) => p.bakery).filter(Boolean),
    variants.map((v: any) => v.product?.bakery).filter(Boolean)
  )
})
