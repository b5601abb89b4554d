import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { MAX_CAKES_PER_LINE } from "../../../types/cake/cake-options"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The line-item metadata keys SweetSpot writes on a customised cake's line. Only
 * SweetSpot's own workflows may set them: they tie the line to its customisation,
 * which checkout carries to the order.
 */
export const CAKE_LINE_KEYS = ["cake_customization_id", "cake_choice_key"] as const

export type CakeLineKeys = { cake_customization_id: string | null; cake_choice_key: string | null }

/** The SweetSpot keys a line's metadata carries (null where absent). */
export function cakeLineKeys(metadata: Record<string, unknown> | null | undefined): CakeLineKeys {
  const read = (key: (typeof CAKE_LINE_KEYS)[number]) => {
    const value = metadata?.[key]
    return value === undefined || value === null ? null : String(value)
  }
  return { cake_customization_id: read("cake_customization_id"), cake_choice_key: read("cake_choice_key") }
}

/** Whether metadata carries any of SweetSpot's keys. */
export function hasCakeLineKeys(metadata: Record<string, unknown> | null | undefined): boolean {
  return CAKE_LINE_KEYS.some((key) => metadata?.[key] !== undefined)
}

/** What the cake rules read of a product. */
export type SaleProduct = {
  id: string
  title: string
  status?: string | null
  bakery?: { id: string; name: string; is_active?: boolean | null } | null
  cake_profile?: { is_available?: boolean | null } | null
}

/** A product SweetSpot sells as a cake: baked by a bakery or carrying a cake profile. Anything else is Medusa's alone. */
export function isCakeProduct(product: SaleProduct | null | undefined): product is SaleProduct {
  return Boolean(product?.bakery || product?.cake_profile)
}

/**
 * A cake a shopper may put in a cart now: published, of an active bakery, with a
 * profile, and available. Throws the 400 the cake routes give, naming the variant
 * or the cake.
 */
export function assertCakeOnSale(variantId: string, product: SaleProduct | null | undefined) {
  if (!product?.bakery?.is_active) {
    throw invalid(`variant_id: ${variantId} is not a cake on sale`)
  }
  assertCakeProductOnSale(variantId, product)
}

/** The product's own part of `assertCakeOnSale` (published, with a profile, available), for a caller that leaves the bakery to another check. */
export function assertCakeProductOnSale(variantId: string, product: SaleProduct | null | undefined): asserts product is SaleProduct {
  if (!product || product.status !== "published" || !product.cake_profile) {
    throw invalid(`variant_id: ${variantId} is not a cake on sale`)
  }
  assertCakeAvailable(product.title, product.cake_profile)
}

/** A cake whose profile says it is not being baked right now cannot be ordered. */
export function assertCakeAvailable(cakeTitle: string, profile: { is_available?: boolean | null }) {
  if (!profile.is_available) {
    throw invalid(`${cakeTitle} is not available right now`)
  }
}

/** One line holds at most MAX_CAKES_PER_LINE of one cake, counting what the line already has. */
export function assertLineQuantity(quantity: number, alreadyInLine = 0) {
  if (alreadyInLine + quantity > MAX_CAKES_PER_LINE) {
    throw invalid(
      `quantity: at most ${MAX_CAKES_PER_LINE} of the same cake per order line (the cart already has ${alreadyInLine})`
    )
  }
}

/** A quantity as Medusa carries it (number, string or big number) as a plain number; none is 0. */
export function quantityOf(value: BigNumberInput | null | undefined): number {
  return value === null || value === undefined ? 0 : MathBN.convert(value).toNumber()
}

/** A cart line as the merge rule reads it. */
export type MergeableLine = {
  id: string
  variant_id?: string | null
  metadata?: Record<string, unknown> | null
  unit_price?: BigNumberInput | null
  is_custom_price?: boolean | null
  quantity?: BigNumberInput | null
}

const isEmpty = (metadata: Record<string, unknown> | null | undefined) => !metadata || !Object.keys(metadata).length

/** Equal as JSON values, whatever the key order. */
function sameMetadata(a: Record<string, unknown> | null | undefined, b: Record<string, unknown> | null | undefined) {
  if (isEmpty(a) && isEmpty(b)) {
    return true
  }
  const canonical = (value: unknown): unknown =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]))
      : Array.isArray(value)
        ? value.map(canonical)
        : value
  return JSON.stringify(canonical(a ?? {})) === JSON.stringify(canonical(b ?? {}))
}

/**
 * The existing line an added item joins, by Medusa's own merge rule: the same
 * variant and metadata, and either the same custom price or no custom price on
 * either side.
 */
export function mergeTarget<L extends MergeableLine>(
  lines: L[],
  item: { variant_id?: string | null; metadata?: Record<string, unknown> | null; unit_price?: BigNumberInput | null }
): L | undefined {
  const custom = item.unit_price !== undefined && item.unit_price !== null
  return lines.find(
    (line) =>
      line.variant_id === item.variant_id &&
      sameMetadata(line.metadata, item.metadata) &&
      (custom ? Boolean(line.is_custom_price) && MathBN.eq(line.unit_price ?? 0, item.unit_price!) : !line.is_custom_price)
  )
}
