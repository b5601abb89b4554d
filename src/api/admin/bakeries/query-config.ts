const bakeryFields = [
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
  "daily_capacity",
  "delivery_radius_km",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
]

/** A bakery with the cakes it bakes, as staff see it. */
export const adminBakeryFields = [
  ...bakeryFields,
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.thumbnail",
]

export const listAdminBakeriesQueryConfig = {
  defaults: bakeryFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveAdminBakeryQueryConfig = {
  defaults: adminBakeryFields,
  isList: false,
}
