import { MedusaError } from "@medusajs/framework/utils"
import { assertCartAccess, assertCartOpen } from "../../checkout/rules/owner-access"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CakeChoice, CakeChoiceWithPhoto } from "../../../types/cake/cake-customization"
import { cakeChoiceKey, resolveCakeChoice } from "../rules/cake-choice"
import { assertCakeOnSale, assertCakeProductOnSale, assertLineQuantity } from "../rules/cake-line"
import { priceCake } from "../rules/cake-price"
import { assertOneBakery } from "../rules/one-bakery-per-cart"

export type PrepareCakeLineInput = {
  cart_id: string
  cart: any
  variant_id: string
  variant: any
  /**
   * Products already in the cart, with their bakery, when this step checks the
   * bakery rules (the variant's product then carries its bakery too): changing a
   * line. An add leaves them to the add-to-cart validate hook, which runs on every
   * add whatever the route, and reads no bakery here.
   */
  cart_products?: any[]
  quantity: number
  customization: CakeChoiceWithPhoto
  /** The logged-in shopper, if any. */
  customer_id?: string | null
  /** When changing an existing cake line: its id (it is left out of the merge search). */
  line_id?: string
}

export type PreparedCakeLine = {
  choice: CakeChoice
  unit_price: number
  price_adjustment: number
  choice_key: string
  product_id: string
  /** An identical cake line already in the cart: the cakes join it. */
  merge_with: { id: string; metadata: Record<string, unknown>; quantity: number } | null
}

export const prepareCakeLineStepId = "prepare-cake-line"

/**
 * Checks that the shopper may change this cart and that the choice fits the cake
 * (profile, availability, a photo only where the cake takes one, quantity; the
 * bakery rules when given the cart's products), and prices it. Writes nothing.
 */
export const prepareCakeLineStep = createStep(prepareCakeLineStepId, async (input: PrepareCakeLineInput) => {
  const { cart, variant } = input
  assertCartAccess(cart, input.cart_id, input.customer_id)
  assertCartOpen(cart, input.cart_id)

  const product = variant?.product
  if (input.cart_products) {
    assertCakeOnSale(input.variant_id, variant ? product : null)
    assertOneBakery(input.cart_products.map((p) => p.bakery).filter(Boolean), [product.bakery])
  } else {
    assertCakeProductOnSale(input.variant_id, variant ? product : null)
  }

  const choice = resolveCakeChoice(product.title, product.cake_profile, input.customization)

  const amount = variant.calculated_price?.calculated_amount
  if (amount === null || amount === undefined) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `variant_id: ${product.title} (${variant.title}) has no price in ${String(cart.currency_code).toUpperCase()}`
    )
  }
  const { unit_price, price_adjustment } = priceCake(Number(amount), product.cake_profile, choice)

  const choice_key = cakeChoiceKey(variant.id, choice)
  // A changed line keeps its own line; only a new cake joins an identical one.
  const twin = input.line_id ? undefined : (cart.items ?? []).find(
    (item: any) => item.id !== input.line_id && item.metadata?.cake_choice_key === choice_key
  )
  assertLineQuantity(input.quantity, Number(twin?.quantity ?? 0))

  return new StepResponse<PreparedCakeLine>({
    choice,
    unit_price,
    price_adjustment,
    choice_key,
    product_id: product.id,
    merge_with: twin ? { id: twin.id, metadata: twin.metadata, quantity: Number(twin.quantity) } : null,
  })
})
