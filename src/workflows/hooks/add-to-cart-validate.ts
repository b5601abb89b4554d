import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { cakeLineKeys } from "../cake/rules/cake-line"
import { assertAddedCakeItems } from "../cake/rules/cake-line-integrity"
import { cartLinesWithBakeries, customizationClaims, saleProductsByVariant } from "../cake/utils/cake-line-context"

/**
 * Every add to a cart (Medusa's `POST /store/carts/:id/line-items` and SweetSpot's
 * `POST /store/carts/:id/cakes`, which runs this workflow inside its own) obeys
 * the cake rules: cakes on sale, one bakery per cart, at most 20 of a cake per
 * line, and customisation keys only as SweetSpot set them.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = input.items ?? []
  if (!items.length) {
    return
  }
  const [productsByVariant, { lines, bakeries }, customizations] = await Promise.all([
    saleProductsByVariant(container, items.map((item) => item.variant_id).filter(Boolean) as string[]),
    cartLinesWithBakeries(container, cart.id),
    customizationClaims(container, items.map((item) => cakeLineKeys(item.metadata).cake_customization_id!)),
  ])
  assertAddedCakeItems({ cart_id: cart.id, items, lines, productsByVariant, cartBakeries: bakeries, customizations })
})
