import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { CakeProfileDTO } from "../../../types/cake/cake-profile"
import { resolveCakeChoice } from "../rules/cake-choice"
import { assertCakeOnSale, SaleProduct } from "../rules/cake-line"
import { priceCake } from "../rules/cake-price"
import { cakeCustomizationFields } from "./cake-cart-queries"
import { saleProductFields } from "./cake-line-context"

/** A customised cake line of a cart, with what the bakery's prices give it now. */
export type CakeLinePrice = {
  line: { id: string; title?: string; variant_id: string; unit_price: number; quantity: number; metadata?: Record<string, unknown> | null }
  customization: { id: string; price_adjustment: number }
  /** The price now, or why the cake cannot be sold as chosen any more. */
  current: { unit_price: number; price_adjustment: number } | { problem: MedusaError }
}

const cartFields = [
  "id",
  "currency_code",
  "region_id",
  "items.id",
  "items.title",
  "items.variant_id",
  "items.unit_price",
  "items.quantity",
  "items.metadata",
  ...[...cakeCustomizationFields, "cart_id"].map((field) => `items.cake_customization.${field}`),
]

/**
 * The price one customised cake has now: its variant's price in the cart's
 * currency plus what the cake's current profile charges for the choice. Throws
 * (400) when the cake is off sale, the choice no longer fits the profile, or the
 * variant has no price in that currency.
 */
export function currentCakePrice(
  variantId: string,
  product: (SaleProduct & { cake_profile?: CakeProfileDTO | null }) | null | undefined,
  amount: number | null | undefined,
  customization: Parameters<typeof resolveCakeChoice>[2],
  currencyCode: string
) {
  assertCakeOnSale(variantId, product)
  const choice = resolveCakeChoice(product!.title, product!.cake_profile as CakeProfileDTO, customization)
  if (amount === null || amount === undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: ${product!.title} has no price in ${currencyCode.toUpperCase()}`)
  }
  return priceCake(Number(amount), product!.cake_profile as CakeProfileDTO, choice)
}

/**
 * A cart's customised cake lines, each with the price the bakery's current
 * prices and cake profile give it (two queries whatever the number of lines).
 */
export async function cakeLinePrices(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: cartFields, filters: { id: cartId } })
  const lines = ((cart?.items ?? []) as any[]).filter((item) => item?.cake_customization && item.variant_id)
  if (!cart || !lines.length) {
    return { cart, prices: [] as CakeLinePrice[] }
  }
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "calculated_price.calculated_amount", ...saleProductFields.map((f) => `product.${f}`), "product.cake_profile.*"],
    filters: { id: [...new Set(lines.map((line) => line.variant_id as string))] },
    context: { calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }) },
  })
  const byId = new Map(variants.map((v: any) => [v.id as string, v]))
  const prices: CakeLinePrice[] = lines.map((line) => {
    const variant = byId.get(line.variant_id)
    let current: CakeLinePrice["current"]
    try {
      current = currentCakePrice(
        line.variant_id,
        variant?.product,
        variant?.calculated_price?.calculated_amount,
        line.cake_customization,
        String(cart.currency_code)
      )
    } catch (error) {
      current = { problem: error as MedusaError }
    }
    return {
      line: { ...line, unit_price: Number(line.unit_price), quantity: Number(line.quantity) },
      customization: { id: line.cake_customization.id, price_adjustment: Number(line.cake_customization.price_adjustment) },
      current,
    }
  })
  return { cart, prices }
}
