import type { HttpTypes } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"
import type { AdminUpsertCakeProfile } from "../../api/admin/products/[id]/cake-profile/validators"
import type { StoreGetCakeParams, StoreGetCakesParams } from "../../api/store/cakes/validators"
import type { StoreAddCakeToCart, StoreUpdateCakeInCart } from "../../api/store/carts/validators"
import type { StoreGetCakeCustomizationsParams } from "../../api/store/customers/me/cake-customizations/validators"
import type { DeliveryEstimateView, DeliverySlotView } from "../delivery/http"
import type { CakeChoice } from "./cake-customization"
import type { CakeProfileDTO } from "./cake-profile"

type Page = { count: number; limit: number; offset: number }

/** A line item's customisation as carts and orders show it. */
export type CakeCustomizationView = CakeChoice & { id: string; price_adjustment: number }

/** A cake on the shop: the product, its sizes with prices, its bakery and its cake profile. */
export type StoreCake = Pick<
  HttpTypes.StoreProduct,
  "id" | "title" | "subtitle" | "handle" | "description" | "thumbnail" | "images" | "created_at" | "updated_at"
> & {
  variants: (Pick<HttpTypes.StoreProductVariant, "id" | "title" | "sku" | "options" | "calculated_price">)[]
  bakery: { id: string; name: string; handle: string; city: string | null; lead_time_minutes: number } | null
  cake_profile: CakeProfileDTO | null
}

export type StoreCakesQuery = z.output<typeof StoreGetCakesParams>
export type StoreCakesResponse = { cakes: StoreCake[] } & Page
export type StoreCakeQuery = z.output<typeof StoreGetCakeParams>
export type StoreCakeResponse = { cake: StoreCake }

/** Medusa's store cart with each cake line's customisation and the booked delivery slot. */
export type StoreCakeCart = Omit<HttpTypes.StoreCart, "items"> & {
  items?: (HttpTypes.StoreCartLineItem & { cake_customization?: CakeCustomizationView | null })[]
  delivery_slot?: DeliverySlotView | null
}
export type StoreCakeCartResponse = { cart: StoreCakeCart }

export type StoreAddCakeToCartBody = z.input<typeof StoreAddCakeToCart>
export type StoreUpdateCakeInCartBody = z.input<typeof StoreUpdateCakeInCart>

/** A customisation the shopper has made, with the cake it was for. */
export type StoreCakeCustomization = CakeCustomizationView & {
  created_at: string
  updated_at: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
}
export type StoreCakeCustomizationsQuery = z.output<typeof StoreGetCakeCustomizationsParams>
export type StoreCakeCustomizationsResponse = { cake_customizations: StoreCakeCustomization[] } & Page

export type AdminCakeProfile = CakeProfileDTO & { created_at: string; updated_at: string }
export type AdminCakeProfileResponse = { cake_profile: AdminCakeProfile }
export type AdminUpsertCakeProfileBody = z.input<typeof AdminUpsertCakeProfile>

/** What the bakery needs to bake and deliver an order. */
export type AdminOrderCakeDetailsResponse = {
  items: {
    line_item: { id: string; title: string; product_title: string | null; variant_title: string | null; quantity: number; unit_price: number }
    customization: (CakeCustomizationView & { cart_id?: string | null }) | null
  }[]
  slot: DeliverySlotView | null
  estimate: DeliveryEstimateView | null
}
