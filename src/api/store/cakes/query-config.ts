/** A cake as a shopper sees it: the product, its sizes with prices, its bakery and its cake profile. */
export const storeCakeFields = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "created_at",
  "updated_at",
  "*images",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.value",
  "variants.options.option.title",
  "variants.calculated_price.*",
  "bakery.id",
  "bakery.name",
  "bakery.handle",
  "bakery.city",
  "bakery.lead_time_minutes",
  "cake_profile.id",
  "cake_profile.flavour",
  "cake_profile.egg_options",
  "cake_profile.shapes",
  "cake_profile.toppings",
  "cake_profile.max_message_length",
  "cake_profile.is_available",
]

export const listStoreCakesQueryConfig = {
  defaults: storeCakeFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveStoreCakeQueryConfig = {
  defaults: storeCakeFields,
  isList: false,
}
