export const storeCakeCustomizationFields = [
  "id",
  "message",
  "egg_version",
  "toppings",
  "shape",
  "notes",
  "photo",
  "price_adjustment",
  "created_at",
  "updated_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
]

/**
 * `fields` may ask for these only: a shopper's own choices and the cake they were
 * made for, never what the links lead on to (the product's other customisations,
 * the line items, the customer). Anything else is left out, as on Medusa's routes.
 */
export const listStoreCakeCustomizationsQueryConfig = {
  defaults: storeCakeCustomizationFields,
  allowed: storeCakeCustomizationFields,
  defaultLimit: 20,
  isList: true,
}
