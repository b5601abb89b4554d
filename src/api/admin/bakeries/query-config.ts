import { storeBakeryFields } from "../../store/bakeries/query-config"

/** Everything staff see of a bakery: the shop front plus capacity, status and metadata. */
const bakeryFields = [...storeBakeryFields, "daily_capacity", "window_capacity", "is_active", "metadata", "created_at", "updated_at"]

/** A bakery with the cakes it bakes, as staff see it. */
export const adminBakeryFields = [
  ...bakeryFields,
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.thumbnail",
]

/** What `fields` may ask for: the bakery and the cakes it bakes, not the orders or customers behind them. */
const allowedAdminBakeryFields = [...adminBakeryFields, "products"]

export const listAdminBakeriesQueryConfig = {
  defaults: bakeryFields,
  allowed: allowedAdminBakeryFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveAdminBakeryQueryConfig = {
  defaults: adminBakeryFields,
  allowed: allowedAdminBakeryFields,
  isList: false,
}
