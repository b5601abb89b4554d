import { QueryContext } from "@medusajs/framework/utils"

/** A customisation's own fields, as carts and orders show them on their lines. */
export const cakeCustomizationFields = ["id", "message", "egg_version", "toppings", "shape", "notes", "photo", "price_adjustment"]

/** What the cake-cart workflows read of a cart. */
export const cakeCartFields = [
  "id",
  "region_id",
  "currency_code",
  "customer_id",
  "customer.has_account",
  "completed_at",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.metadata",
]

/** The same, with each line's customisation (changing a cake line reads its current choice). */
export const cakeCartWithCustomizationsFields = [...cakeCartFields, "items.cake_customization.*"]

/** What the cake-cart workflows read of the cake being added or changed: the variant, its product and cake profile. */
export const cakeVariantFields = ["id", "title", "product.id", "product.title", "product.status", "product.cake_profile.*"]

/** The variant query of a cake line being changed: with its bakery, and its price in the cart's region. */
export function cakeVariantQuery(variantId: string, cart: { region_id?: string | null; currency_code?: string | null } | undefined) {
  return {
    entity: "variant",
    fields: [...cakeVariantFields, "product.bakery.id", "product.bakery.name", "product.bakery.is_active", "calculated_price.*"],
    filters: { id: variantId },
    context: cart
      ? { calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }) }
      : {},
  }
}
