import { CAKE_PROFILE_FIELDS } from "../../../types/cake/cake-profile"
import { storeBakeryFields } from "../bakeries/query-config"

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

/**
 * What `fields` may ask for: the cake's own product fields and the bakery's shop
 * front, never its capacity, status or metadata. Anything else is left out.
 * Medusa compares star fields (`*images`, `variants.calculated_price.*`) by their relation.
 */
export const allowedStoreCakeFields = [
  ...new Set([
    ...storeCakeFields.map((field) => field.replace(/(^\*|\.\*$)/, "")),
    ...storeBakeryFields.map((field) => `bakery.${field}`),
    "metadata",
    "options",
    "options.values",
    "tags",
    "collection",
    "type",
    "variants.options",
    "variants.metadata",
  ]),
]

export const listStoreCakesQueryConfig = {
  defaults: storeCakeFields,
  allowed: allowedStoreCakeFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveStoreCakeQueryConfig = {
  defaults: storeCakeFields,
  allowed: allowedStoreCakeFields,
  isList: false,
}
