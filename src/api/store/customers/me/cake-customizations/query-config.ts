export const storeCakeCustomizationFields = [
  "id",
  "message",
  "egg_version",
  "toppings",
  "shape",
  "notes",
  "price_adjustment",
  "created_at",
  "updated_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
]

export const listStoreCakeCustomizationsQueryConfig = {
  defaults: storeCakeCustomizationFields,
  defaultLimit: 20,
  isList: true,
}
