import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertAddedCakeItems } from "../cake/rules/cake-line-integrity"
import { saleProductsByVariant } from "../cake/utils/cake-line-context"

/**
 * Medusa checks promotion codes only after it has written the cart's address, and
 * its rollback leaves that address behind: an unknown code is refused here first,
 * with Medusa's own message, so a refused cart writes nothing.
 */
async function assertPromotionCodesExist(container: MedusaContainer, codes: string[]) {
  if (!codes.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "promotion", fields: ["code"], filters: { code: codes } })
  const known = new Set(data.map((promotion: any) => promotion.code))
  const unknown = codes.find((code) => !known.has(code))
  if (unknown !== undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The promotion code ${unknown} is invalid`)
  }
}

/**
 * A cart created with items (`POST /store/carts` with `items`) obeys the same cake
 * rules as an add: cakes on sale, one bakery, at most 20 per line, and no
 * customisation keys (a new cart has no customisations to claim).
 */
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const created = input as { items?: { variant_id?: string; quantity?: number; metadata?: Record<string, unknown> }[]; promo_codes?: string[] }
  await assertPromotionCodesExist(container, created.promo_codes ?? [])
  const items = created.items ?? []
  if (!items.length) {
    return
  }
  const productsByVariant = await saleProductsByVariant(container, items.map((item) => item.variant_id).filter(Boolean) as string[])
  assertAddedCakeItems({
    cart_id: "",
    // Medusa prices the items of a new cart itself: none carries a SweetSpot price.
    items: items.map(({ variant_id, quantity, metadata }) => ({ variant_id, quantity, metadata })),
    lines: [],
    productsByVariant,
    cartBakeries: [],
    customizations: new Map(),
  })
})
