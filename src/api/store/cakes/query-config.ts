import { CAKE_PROFILE_FIELDS } from "../../../types/cake/cake-profile"

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
  ...CAKE_PROFILE_FIELDS.map((field) => `cake_profile.${field}`),
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
