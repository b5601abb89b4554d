/** What a shopper sees of a bakery: its shop front, not its internals. */
export const storeBakeryFields = [
  "id",
  "name",
  "handle",
  "description",
  "email",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "latitude",
  "longitude",
  "timezone",
  "opening_hours",
  "lead_time_minutes",
  "delivery_radius_km",
  "pickup_enabled",
  "order_cutoff",
  "delivery_fees",
  "deposit",
  "balance_due_days",
  "cancellation_window_hours",
]

export const listStoreBakeriesQueryConfig = {
  defaults: storeBakeryFields,
  allowed: storeBakeryFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveStoreBakeryQueryConfig = {
  defaults: storeBakeryFields,
  allowed: storeBakeryFields,
  isList: false,
}
