import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BakeryRef } from "../rules/one-bakery-per-cart"
import { SaleProduct } from "../rules/cake-line"
import { CartLine, CustomizationClaim } from "../rules/cake-line-integrity"

/** What the cake rules read of a product, through a variant or directly. */
export const saleProductFields = [
  "id",
  "title",
  "status",
  "bakery.id",
  "bakery.name",
  "bakery.is_active",
  "cake_profile.is_available",
]

export const cartLineFields = [
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.metadata",
  "items.unit_price",
  "items.is_custom_price",
]

export const customizationClaimFields = [
  "id",
  "cart_id",
  "message",
  "egg_version",
  "toppings",
  "shape",
  "notes",
  "photo",
  "line_item_id",
]

/** The products of these variants, by variant id (one query). */
export async function saleProductsByVariant(container: MedusaContainer, variantIds: string[]): Promise<Map<string, SaleProduct>> {
  if (!variantIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", ...saleProductFields.map((field) => `product.${field}`)],
    filters: { id: [...new Set(variantIds)] },
  })
  return new Map(variants.filter((v: any) => v.product).map((v: any) => [v.id as string, v.product as SaleProduct]))
}

/** A cart's lines and the bakeries of the cakes on them (two queries at most). */
export async function cartLinesWithBakeries(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", ...cartLineFields], filters: { id: cartId } })
  const lines = ((cart?.items ?? []) as any[]).filter(Boolean) as CartLine[]
  const productIds = [...new Set(lines.map((line) => line.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "bakery.id", "bakery.name"], filters: { id: productIds } })
    : { data: [] as any[] }
  const bakeries: BakeryRef[] = products.map((p: any) => p.bakery).filter(Boolean).map(({ id, name }: BakeryRef) => ({ id, name }))
  return { lines, bakeries }
}

/** The customisations these ids name, with the cart line each names (one query, none for no ids). */
export async function customizationClaims(container: MedusaContainer, ids: string[]): Promise<Map<string, CustomizationClaim>> {
  const wanted = [...new Set(ids.filter(Boolean))]
  if (!wanted.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cake_customization", fields: customizationClaimFields, filters: { id: wanted } })
  return new Map(data.map((c: any) => [c.id as string, c as CustomizationClaim]))
}
