import type { z } from "@medusajs/framework/zod"
import type { AdminOrderCakeDetailsResponse as AdminOrderCakeDetailsAnswer } from "../../api/admin/orders/[id]/cake-details/validators"
import type { AdminCakeProfileResponse as AdminCakeProfileAnswer, AdminUpsertCakeProfile } from "../../api/admin/products/[id]/cake-profile/validators"
import type {
  StoreCake as StoreCakeSchema,
  StoreCakeResponse as StoreCakeAnswer,
  StoreCakesResponse as StoreCakesAnswer,
  StoreGetCakeParams,
  StoreGetCakesParams,
} from "../../api/store/cakes/validators"
import type {
  CakeCustomization,
  StoreAddCakeToCart,
  StoreCakeCart as StoreCakeCartSchema,
  StoreCakeCartResponse as StoreCakeCartAnswer,
  StoreUpdateCakeInCart,
} from "../../api/store/carts/validators"
import type {
  StoreCakeCustomizationsResponse as StoreCakeCustomizationsAnswer,
  StoreGetCakeCustomizationsParams,
} from "../../api/store/customers/me/cake-customizations/validators"

/** A line item's customisation as carts and orders show it. */
export type CakeCustomizationView = z.output<typeof CakeCustomization>

/** A cake on the shop: the product, its sizes with prices, its bakery and its cake profile. */
export type StoreCake = z.output<typeof StoreCakeSchema>

export type StoreCakesQuery = z.output<typeof StoreGetCakesParams>
export type StoreCakesResponse = z.output<typeof StoreCakesAnswer>
export type StoreCakeQuery = z.output<typeof StoreGetCakeParams>
export type StoreCakeResponse = z.output<typeof StoreCakeAnswer>

/**
 * Medusa's store cart as SweetSpot's cart routes answer it: the fields the answer schema
 * names (with each cake line's customisation and the booked delivery slot) and, untyped,
 * the rest of Medusa's cart.
 */
export type StoreCakeCart = z.output<typeof StoreCakeCartSchema>
export type StoreCakeCartResponse = z.output<typeof StoreCakeCartAnswer>

export type StoreAddCakeToCartBody = z.input<typeof StoreAddCakeToCart>
export type StoreUpdateCakeInCartBody = z.input<typeof StoreUpdateCakeInCart>

export type StoreCakeCustomizationsResponse = z.output<typeof StoreCakeCustomizationsAnswer>
/** A customisation the shopper has made, with the cake it was for. */
export type StoreCakeCustomization = StoreCakeCustomizationsResponse["cake_customizations"][number]
export type StoreCakeCustomizationsQuery = z.output<typeof StoreGetCakeCustomizationsParams>

export type AdminCakeProfileResponse = z.output<typeof AdminCakeProfileAnswer>
export type AdminCakeProfile = AdminCakeProfileResponse["cake_profile"]
export type AdminUpsertCakeProfileBody = z.input<typeof AdminUpsertCakeProfile>

/** What the bakery needs to bake and deliver an order. */
export type AdminOrderCakeDetailsResponse = z.output<typeof AdminOrderCakeDetailsAnswer>
