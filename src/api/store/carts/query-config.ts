import {
  defaultStoreCartFields,
  retrieveTransformQueryConfig as medusaStoreCartQueryConfig,
} from "@medusajs/medusa/api/store/carts/query-config"
import { cakeCustomizationFields } from "../../../workflows/cake/utils/cake-cart-queries"

/** A line item's customisation, as carts and orders show it. */
export const cakeCustomizationItemFields = cakeCustomizationFields.map((field) => `items.cake_customization.${field}`)

/** The delivery window booked for a cart or order. */
export const deliverySlotFields = [
  "delivery_slot.id",
  "delivery_slot.date",
  "delivery_slot.starts_at",
  "delivery_slot.ends_at",
]

/**
 * What `fields` may add to a cart or order for its cakes: the customisation and
 * slot fields above, or each relation in full (`*items.cake_customization`), never
 * anything reached through them (the customisation's customer, product or other
 * lines). Medusa matches each requested path exactly against such a list.
 */
export const allowedCakeFields = [...cakeCustomizationItemFields, ...deliverySlotFields, "items.cake_customization", "delivery_slot"]

/**
 * Medusa's store cart, with each cake line's customisation and the delivery slot.
 * `fields` may ask for what Medusa's own cart route allows, plus the cake fields;
 * anything else is left out, as on Medusa's routes.
 */
export const storeCakeCartQueryConfig = {
  defaults: [...defaultStoreCartFields, ...cakeCustomizationItemFields, ...deliverySlotFields],
  allowed: [...(medusaStoreCartQueryConfig.allowed ?? []), ...allowedCakeFields],
  isList: false,
}
