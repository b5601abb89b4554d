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

/**
 * The variant query of a cake being added or changed: its product, profile and
 * price in the cart's region, and with `withBakery` its bakery. An add leaves the
 * bakery to the add-to-cart validate hook, which reads it on every add.
 */
export function cakeVariantQuery(
  variantId: string,
  cart: { region_id?: string | null; currency_code?: string | null } | undefined,
  { withBakery }: { withBakery: boolean }
) {
  return {
    entity: "variant",
    fields: [
      "id",
      "title",
      "product.id",
      "product.title",
      "product.status",
      ...(withBakery ? ["product.bakery.id", "product.bakery.name", "product.bakery.is_active"] : []),
      "product.cake_profile.*",
      "calculated_price.*",
    ],
    filters: { id: variantId },
    context: cart
      ? { calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }) }
      : {},
  }
}
