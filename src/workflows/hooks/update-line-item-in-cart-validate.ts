import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { cakeLineKeys } from "../cake/rules/cake-line"
import { assertCakeLineUpdate, CartLine } from "../cake/rules/cake-line-integrity"
import { customizationClaims, saleProductsByVariant } from "../cake/utils/cake-line-context"

/**
 * Every change to a cart line (Medusa's `POST /store/carts/:id/line-items/:line_id`
 * and SweetSpot's cake update) keeps the line's customisation keys as SweetSpot
 * set them, at most 20 cakes on it, and adds cakes only while they are on sale.
 */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const line = (cart.items ?? []).find((item: any) => item?.id === input.item_id) as CartLine | undefined
  if (!line) {
    return
  }
  const customizationId = cakeLineKeys(line.metadata).cake_customization_id
  const [products, customizations] = await Promise.all([
    saleProductsByVariant(container, line.variant_id ? [line.variant_id] : []),
    customizationClaims(container, customizationId ? [customizationId] : []),
  ])
  assertCakeLineUpdate({
    line,
    update: input.update ?? {},
    product: line.variant_id ? products.get(line.variant_id) : null,
    customization: customizationId ? customizations.get(customizationId) : null,
  })
})
