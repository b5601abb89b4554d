import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"

/** A line item's customisation, as carts and orders show it. */
export const cakeCustomizationItemFields = [
  "items.cake_customization.id",
  "items.cake_customization.message",
  "items.cake_customization.egg_version",
  "items.cake_customization.toppings",
  "items.cake_customization.shape",
  "items.cake_customization.notes",
  "items.cake_customization.price_adjustment",
]

/** The delivery window booked for a cart or order. */
export const deliverySlotFields = [
  "delivery_slot.id",
  "delivery_slot.date",
  "delivery_slot.starts_at",
  "delivery_slot.ends_at",
]

/** Medusa's store cart, with each cake line's customisation and the delivery slot. */
export const storeCakeCartQueryConfig = {
  defaults: [...defaultStoreCartFields, ...cakeCustomizationItemFields, ...deliverySlotFields],
  isList: false,
}
