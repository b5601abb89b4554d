import type { z } from "@medusajs/framework/zod"
import {
  AdminCreateBakery,
  AdminGetBakeriesParams,
  AdminGetBakeryParams,
  AdminGetBakeryStatsParams,
  AdminUpdateBakery,
  AdminUpdateBakeryCakes,
} from "../admin/bakeries/validators"
import { AdminUpsertCakeProfile } from "../admin/products/[id]/cake-profile/validators"
import { StoreGetBakeriesParams, StoreGetBakeryParams, StoreGetDeliverySlotsParams } from "../store/bakeries/validators"
import { StoreGetCakeParams, StoreGetCakesParams } from "../store/cakes/validators"
import {
  StoreAddCakeToCart,
  StoreGetCakeCartParams,
  StoreSetCartDeliverySlot,
  StoreUpdateCakeInCart,
} from "../store/carts/validators"
import { StoreGetCakeCustomizationsParams } from "../store/customers/me/cake-customizations/validators"

/**
 * Who may call a route: `store` needs the publishable key (a logged-in shopper is
 * optional, and required for a cart that belongs to one), `customer` needs the key
 * and a logged-in shopper, `admin` a logged-in user or a secret API key.
 */
export type ApiRouteAuth = "store" | "customer" | "admin"

/**
 * One top-level key of a success answer: a JSON type, a `#/components/schemas`
 * name written `$Name`, or a JSON schema of its own.
 */
export type ApiAnswerKey = "object" | "array" | "integer" | "string" | "boolean" | `$${string}` | Record<string, unknown>

/** One custom route as the OpenAPI document shows it. */
export type ApiRoute = {
  method: "get" | "post" | "delete"
  /** OpenAPI style: `/store/bakeries/{id}`. */
  path: string
  summary: string
  description?: string
  tags: string[]
  auth: ApiRouteAuth
  /** The zod validator of the query string, as the route's middleware uses it. */
  query?: z.ZodType
  /** The zod validator of the JSON body, as the route's middleware uses it; named in `components.schemas`. */
  body?: { name: string; schema: z.ZodType }
  /** Descriptions of path and query parameters (`fields`, `limit` and `offset` have shared ones). Every parameter is documented, described here or not. */
  params?: Record<string, string>
  /** The success status. */
  status: 200 | 201
  /** Top-level keys of the success answer, each required. */
  answers: Record<string, ApiAnswerKey>
  /** When the route answers 409, besides the errors every route of its kind may answer (see build-openapi). */
  conflict?: string
}

const page = { count: "integer", limit: "integer", offset: "integer" } as const

const cartAnswer = { cart: "$StoreCakeCart" } as const

/** Every route SweetSpot adds to Medusa's API (DESIGN: API contract). A route.ts without an entry here fails a unit test. */
export const sweetspotRoutes: ApiRoute[] = [
  {
    method: "get",
    path: "/store/bakeries",
    summary: "List active bakeries",
    description: "`q` searches name, description and city; `city` matches the city, case-insensitively.",
    tags: ["Store Bakeries"],
    auth: "store",
    params: { q: "Searches name, description and city.", city: "The bakery's city, case-insensitive." },
    query: StoreGetBakeriesParams,
    status: 200,
    answers: { bakeries: "array", ...page },
  },
  {
    method: "get",
    path: "/store/bakeries/{id}",
    summary: "Get an active bakery",
    description: "An inactive or unknown bakery is a 404.",
    tags: ["Store Bakeries"],
    auth: "store",
    params: { id: "The bakery's id." },
    query: StoreGetBakeryParams,
    status: 200,
    answers: { bakery: "object" },
  },
  {
    method: "get",
    path: "/store/bakeries/{id}/delivery-slots",
    summary: "List a bakery's delivery windows on a day",
    description:
      "Two-hour windows inside the bakery's opening hours, each available or not. With `cart_id` the cart's cakes count against the day's capacity and its slowest cake's lead time applies.",
    tags: ["Store Bakeries", "Store Delivery"],
    auth: "store",
    params: {
      id: "The bakery's id.",
      date: "The day, YYYY-MM-DD, in the bakery's time zone; not in the past.",
      cart_id: "The shopper's cart: its cakes count against capacity and its slowest cake's lead time applies.",
    },
    query: StoreGetDeliverySlotsParams,
    status: 200,
    answers: { slots: { type: "array", items: { $ref: "#/components/schemas/DeliveryWindow" } } },
  },
  {
    method: "get",
    path: "/store/cakes",
    summary: "List cakes",
    description:
      "Published cakes of active bakeries in the key's sales channels: product fields, `bakery`, `cake_profile` and variants with `calculated_price` (with `region_id`). Unavailable cakes only with `is_available=false`.",
    tags: ["Store Cakes"],
    auth: "store",
    params: {
      region_id: "Prices variants in this region (`calculated_price`).",
      bakery_id: "Cakes of this bakery.",
      flavour: "The cake profile's flavour.",
      size: "A variant's Size option value, e.g. `8 inch`.",
      egg_option: "Cakes that can be baked this way.",
      is_available: "`false` lists unavailable cakes instead of available ones.",
      q: "Medusa's product text search (title, description, ...).",
    },
    query: StoreGetCakesParams,
    status: 200,
    answers: { cakes: "array", ...page },
  },
  {
    method: "get",
    path: "/store/cakes/{id}",
    summary: "Get a cake",
    description: "An unavailable cake is shown, with `cake_profile.is_available` false.",
    tags: ["Store Cakes"],
    auth: "store",
    params: { id: "The cake's product id.", region_id: "Prices variants in this region (`calculated_price`)." },
    query: StoreGetCakeParams,
    status: 200,
    answers: { cake: "object" },
  },
  {
    method: "post",
    path: "/store/carts/{id}/cakes",
    summary: "Add a customised cake to a cart",
    description:
      "The server prices the line: the variant's price in the cart's region + the toppings' prices + the shape's surcharge. A cart holds cakes of one bakery (409 otherwise).",
    tags: ["Store Carts"],
    auth: "store",
    params: { id: "The cart's id." },
    query: StoreGetCakeCartParams,
    body: { name: "StoreAddCakeToCart", schema: StoreAddCakeToCart },
    status: 200,
    answers: cartAnswer,
    conflict: "The cake is baked by another bakery than the cart's cakes.",
  },
  {
    method: "post",
    path: "/store/carts/{id}/cakes/{line_id}",
    summary: "Change a cake line's quantity or customisation",
    description: "The fields given replace the old ones; the line is repriced.",
    tags: ["Store Carts"],
    auth: "store",
    params: { id: "The cart's id.", line_id: "The cake line item's id." },
    query: StoreGetCakeCartParams,
    body: { name: "StoreUpdateCakeInCart", schema: StoreUpdateCakeInCart },
    status: 200,
    answers: cartAnswer,
  },
  {
    method: "post",
    path: "/store/carts/{id}/delivery-slot",
    summary: "Book a delivery window for a cart",
    description: "`starts_at` must be one of the bakery's available windows (see the delivery-slots route).",
    tags: ["Store Carts", "Store Delivery"],
    auth: "store",
    params: { id: "The cart's id." },
    query: StoreGetCakeCartParams,
    body: { name: "StoreSetCartDeliverySlot", schema: StoreSetCartDeliverySlot },
    status: 200,
    answers: cartAnswer,
  },
  {
    method: "get",
    path: "/store/customers/me/cake-customizations",
    summary: "List the logged-in shopper's cake customisations",
    description: "Own customisations only, newest first.",
    tags: ["Store Customers"],
    auth: "customer",
    query: StoreGetCakeCustomizationsParams,
    status: 200,
    answers: { cake_customizations: "array", ...page },
  },
  {
    method: "get",
    path: "/store/orders/{id}/delivery",
    summary: "Follow an order's delivery",
    description:
      "The shopper's own order only (another's is a 404): status, booked slot and live ETA. `delivered` once every line has arrived; an order delivered in parts reads `shipped` until then.",
    tags: ["Store Orders", "Store Delivery"],
    auth: "customer",
    params: { id: "The order's id." },
    status: 200,
    answers: { delivery: "$OrderDelivery" },
  },
  {
    method: "get",
    path: "/admin/bakeries",
    summary: "List bakeries",
    description: "Active and inactive; `q` searches name, description and city.",
    tags: ["Admin Bakeries"],
    auth: "admin",
    params: {
      q: "Searches name, description and city.",
      city: "The bakery's city, case-insensitive.",
      is_active: "`true` or `false`.",
    },
    query: AdminGetBakeriesParams,
    status: 200,
    answers: { bakeries: "array", ...page },
  },
  {
    method: "post",
    path: "/admin/bakeries",
    summary: "Create a bakery",
    tags: ["Admin Bakeries"],
    auth: "admin",
    query: AdminGetBakeryParams,
    body: { name: "AdminCreateBakery", schema: AdminCreateBakery },
    status: 200,
    answers: { bakery: "object" },
  },
  {
    method: "get",
    path: "/admin/bakeries/{id}",
    summary: "Get a bakery with its cakes",
    tags: ["Admin Bakeries"],
    auth: "admin",
    params: { id: "The bakery's id." },
    query: AdminGetBakeryParams,
    status: 200,
    answers: { bakery: "object" },
  },
  {
    method: "post",
    path: "/admin/bakeries/{id}",
    summary: "Update a bakery",
    description: "Any bakery fields; the ones given replace the old ones.",
    tags: ["Admin Bakeries"],
    auth: "admin",
    params: { id: "The bakery's id." },
    query: AdminGetBakeryParams,
    body: { name: "AdminUpdateBakery", schema: AdminUpdateBakery },
    status: 200,
    answers: { bakery: "object" },
  },
  {
    method: "delete",
    path: "/admin/bakeries/{id}",
    summary: "Delete a bakery",
    description: "Its cakes stay as products, unlinked.",
    tags: ["Admin Bakeries"],
    auth: "admin",
    params: { id: "The bakery's id." },
    query: AdminGetBakeryParams,
    status: 200,
    answers: { id: "string", object: { type: "string", const: "bakery" }, deleted: { type: "boolean", const: true } },
  },
  {
    method: "post",
    path: "/admin/bakeries/{id}/cakes",
    summary: "Attach and detach a bakery's cakes",
    description: "A product belongs to one bakery: adding it to a second one is a 409 naming the first.",
    tags: ["Admin Bakeries"],
    auth: "admin",
    params: { id: "The bakery's id." },
    query: AdminGetBakeryParams,
    body: { name: "AdminUpdateBakeryCakes", schema: AdminUpdateBakeryCakes },
    status: 200,
    answers: { bakery: "object" },
    conflict: "A product to add belongs to another bakery.",
  },
  {
    method: "get",
    path: "/admin/bakeries/{id}/stats",
    summary: "A bakery's figures over a window",
    description:
      "Orders, revenue per currency, cakes sold, top cakes and the on-time share over `[from, to)`; the last 30 days when left out, at most 366 days.",
    tags: ["Admin Bakeries"],
    auth: "admin",
    params: {
      id: "The bakery's id.",
      from: "Start of the window (inclusive): YYYY-MM-DD (midnight UTC) or an ISO date-time with offset. Default: 30 days before `to`.",
      to: "End of the window (exclusive): YYYY-MM-DD (the end of that day, UTC) or an ISO date-time with offset. Default: now.",
    },
    query: AdminGetBakeryStatsParams,
    status: 200,
    answers: { stats: "object" },
  },
  {
    method: "get",
    path: "/admin/products/{id}/cake-profile",
    summary: "Get a product's cake profile",
    tags: ["Admin Products"],
    auth: "admin",
    params: { id: "The product's id." },
    status: 200,
    answers: { cake_profile: "object" },
  },
  {
    method: "post",
    path: "/admin/products/{id}/cake-profile",
    summary: "Create or update a product's cake profile",
    description: "A new profile needs a `flavour`; an existing one changes the fields given.",
    tags: ["Admin Products"],
    auth: "admin",
    params: { id: "The product's id." },
    body: { name: "AdminUpsertCakeProfile", schema: AdminUpsertCakeProfile },
    status: 200,
    answers: { cake_profile: "object" },
  },
  {
    method: "get",
    path: "/admin/orders/{id}/cake-details",
    summary: "What the bakery needs to bake and deliver an order",
    description: "Each line item with its customisation, the booked slot and the ETA.",
    tags: ["Admin Orders"],
    auth: "admin",
    params: { id: "The order's id." },
    status: 200,
    answers: {
      items: {
        type: "array",
        items: {
          type: "object",
          required: ["line_item", "customization"],
          properties: { line_item: { type: "object" }, customization: { anyOf: [{ type: "object" }, { type: "null" }] } },
        },
      },
      slot: { anyOf: [{ $ref: "#/components/schemas/DeliverySlot" }, { type: "null" }] },
      estimate: { anyOf: [{ $ref: "#/components/schemas/DeliveryEstimate" }, { type: "null" }] },
    },
  },
  {
    method: "post",
    path: "/admin/orders/{id}/delivery/refresh",
    summary: "Recompute an order's ETA now",
    description:
      "Google's route matrix when configured, else a fallback estimate marked as such. A delivered or cancelled order answers the estimate it has, without recomputing it.",
    tags: ["Admin Orders"],
    auth: "admin",
    params: { id: "The order's id." },
    status: 200,
    answers: { estimate: { anyOf: [{ $ref: "#/components/schemas/DeliveryEstimate" }, { type: "null" }] } },
  },
]
