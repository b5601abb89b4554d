import { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { domainConflict } from "../../../errors/domain-conflict"
import { CakeChoice } from "../../../types/cake/cake-customization"
import { cakeChoiceKey } from "./cake-choice"
import {
  assertCakeOnSale,
  assertLineQuantity,
  cakeLineKeys,
  hasCakeLineKeys,
  isCakeProduct,
  MergeableLine,
  mergeTarget,
  quantityOf,
  SaleProduct,
} from "./cake-line"
import { assertOneBakery, BakeryRef } from "./one-bakery-per-cart"

/** A customisation as the integrity rules read it, with the cart line it names. */
export type CustomizationClaim = Omit<CakeChoice, "photo"> & {
  photo?: CakeChoice["photo"]
  id: string
  cart_id: string | null
  line_item_id?: string | null
}

export type CartLine = MergeableLine & { product_id?: string | null }

/** An item being added to a cart, as Medusa's add-to-cart and create-cart workflows take it. */
export type AddedItem = {
  variant_id?: string | null
  quantity?: BigNumberInput | null
  metadata?: Record<string, unknown> | null
  unit_price?: BigNumberInput | null
}

const keysRefused = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "metadata.cake_customization_id: a cake's customisation is set by SweetSpot; add a customised cake with POST /store/carts/:id/cakes"
  )

/**
 * The rules for items added to a cart, whichever route adds them: each cake is on
 * sale, the cart stays with one bakery, a line holds at most 20 of a cake, and a
 * line that claims a customisation (SweetSpot's metadata keys) was priced by
 * SweetSpot for a customisation of this cart that no other line carries.
 */
export function assertAddedCakeItems(input: {
  cart_id: string
  items: AddedItem[]
  lines: CartLine[]
  /** Each added item's product, by variant id. */
  productsByVariant: Map<string, SaleProduct>
  /** The bakeries of the cakes already in the cart. */
  cartBakeries: BakeryRef[]
  customizations: Map<string, CustomizationClaim>
}) {
  const cakes = input.items.filter((item) => isCakeProduct(input.productsByVariant.get(String(item.variant_id))))
  for (const item of cakes) {
    assertCakeOnSale(String(item.variant_id), input.productsByVariant.get(String(item.variant_id)))
  }
  assertOneBakery(
    input.cartBakeries,
    cakes.map((item) => input.productsByVariant.get(String(item.variant_id))!.bakery!).map(({ id, name }) => ({ id, name }))
  )

  const addedTo = new Map<string, number>()
  for (const item of input.items) {
    const target = mergeTarget(input.lines, item)
    if (cakes.includes(item)) {
      const key = target?.id ?? `new:${input.items.indexOf(item)}`
      const quantity = item.quantity === undefined || item.quantity === null ? 1 : quantityOf(item.quantity)
      const already = (addedTo.get(key) ?? 0) + quantityOf(target?.quantity)
      assertLineQuantity(quantity, already)
      addedTo.set(key, (addedTo.get(key) ?? 0) + quantity)
    }
    if (hasCakeLineKeys(item.metadata)) {
      assertClaimHolds(input.cart_id, item, target, input.lines, input.customizations)
    }
  }
}

function assertClaimHolds(
  cartId: string,
  item: AddedItem,
  target: CartLine | undefined,
  lines: CartLine[],
  customizations: Map<string, CustomizationClaim>
) {
  const keys = cakeLineKeys(item.metadata)
  const customization = keys.cake_customization_id ? customizations.get(keys.cake_customization_id) : undefined
  const priced = item.unit_price !== undefined && item.unit_price !== null
  if (!priced || !customization || customization.cart_id !== cartId) {
    throw keysRefused()
  }
  if (keys.cake_choice_key !== cakeChoiceKey(String(item.variant_id), customization)) {
    throw keysRefused()
  }
  const otherCarrier = lines.find(
    (line) => line.id !== target?.id && cakeLineKeys(line.metadata).cake_customization_id === customization.id
  )
  const linkedElsewhere = !!customization.line_item_id && customization.line_item_id !== target?.id
  if (otherCarrier || linkedElsewhere) {
    throw keysRefused()
  }
}

/**
 * The rules for a change to one cart line, whichever route makes it: SweetSpot's
 * keys stay what the line's customisation says, at most 20 cakes on the line, and
 * more of a cake only while it is on sale.
 */
export function assertCakeLineUpdate(input: {
  line: CartLine
  update: { quantity?: BigNumberInput | null; metadata?: Record<string, unknown> | null }
  product: SaleProduct | null | undefined
  /** The customisation the line's own metadata names, if any. */
  customization: CustomizationClaim | null | undefined
}) {
  const { line, update } = input
  if (update.metadata !== undefined) {
    const before = cakeLineKeys(line.metadata)
    const after = cakeLineKeys(update.metadata)
    if (after.cake_customization_id !== before.cake_customization_id) {
      throw keysRefused()
    }
    if (after.cake_customization_id) {
      const expected = input.customization ? cakeChoiceKey(String(line.variant_id), input.customization) : null
      if (!expected || after.cake_choice_key !== expected) {
        throw keysRefused()
      }
    } else if (after.cake_choice_key !== null) {
      throw keysRefused()
    }
  }
  if (update.quantity !== undefined && update.quantity !== null && isCakeProduct(input.product)) {
    const quantity = quantityOf(update.quantity)
    if (quantity > 0) {
      assertLineQuantity(quantity)
    }
    if (quantity > quantityOf(line.quantity)) {
      assertCakeOnSale(String(line.variant_id), input.product)
    }
  }
}

/**
 * Before checkout: every cake line names its own customisation, one of this cart's,
 * linked to that very line, and no two lines name the same one. Anything else
 * would carry a wrong or someone else's cake to the order.
 */
export function assertCakeLinesIntact(cartId: string, lines: (CartLine & { cake_customization?: { id: string; cart_id?: string | null } | null })[]) {
  const seen = new Set<string>()
  for (const line of lines) {
    const { cake_customization_id: claimed } = cakeLineKeys(line.metadata)
    if (!claimed && !line.cake_customization) {
      continue
    }
    const linked = line.cake_customization
    if (!claimed || !linked || linked.id !== claimed || (linked.cart_id && linked.cart_id !== cartId) || seen.has(claimed)) {
      throw domainConflict(
        `Cart line ${line.id} does not match its cake customisation: remove it and add the cake again with POST /store/carts/${cartId}/cakes`
      )
    }
    seen.add(claimed)
  }
}
