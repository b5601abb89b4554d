/**
 * What a bakery member (a Medusa user with at least one bakery membership) may
 * call under `/admin`: an explicit allowlist by method and route, everything else
 * refused. A Medusa upgrade that adds routes therefore adds nothing a member can
 * reach. A platform admin (no membership) never meets these rules.
 */

export type BakeryRole = "owner" | "staff"

/** What the request names that must belong to the member's bakeries, and how. */
export type StaffScope =
  /** Nothing of a bakery: the dashboard's own settings, the logged-in user, lookups. */
  | "none"
  /** `:id` is a bakery of theirs. */
  | "bakery"
  /** `:id` is a driver of a bakery of theirs. */
  | "driver"
  /** `:id` is an order of a bakery of theirs (Medusa's order edits are keyed by the order's id too). */
  | "order"
  /** The body's `order_id` is an order of a bakery of theirs. */
  | "order_in_body"
  /** `:id` is a payment collection of an order of a bakery of theirs. */
  | "payment_collection"
  /** `:id` is a cake (product) of a bakery of theirs. */
  | "product"
  /** A new product: it is attached to their bakery. */
  | "product_create"
  /** `:id` is a customer who ordered from a bakery of theirs. */
  | "customer"
  /** A list, narrowed to their bakeries' records by the list filters. */
  | "list"

export type StaffRouteRule =
  | { allowed: false; message: string }
  | { allowed: true; scope: StaffScope; ownerOnly: boolean }

type Entry = { methods: string[]; pattern: string; scope: StaffScope; ownerOnly?: boolean }

const GET = ["GET"]
const POST = ["POST"]
const DELETE = ["DELETE"]

/** The allowlist. `:id` is the parameter the scope checks; other parameters are free. */
const ALLOWED: Entry[] = [
  // What the dashboard reads to start and to draw its forms.
  { methods: GET, pattern: "/admin/users/me", scope: "none" },
  { methods: GET, pattern: "/admin/bakery-access", scope: "none" },
  { methods: GET, pattern: "/admin/stores", scope: "none" },
  { methods: GET, pattern: "/admin/stores/:store_id", scope: "none" },
  { methods: GET, pattern: "/admin/feature-flags", scope: "none" },
  { methods: GET, pattern: "/admin/locales", scope: "none" },
  { methods: GET, pattern: "/admin/locales/:code", scope: "none" },
  { methods: GET, pattern: "/admin/currencies", scope: "none" },
  { methods: GET, pattern: "/admin/currencies/:code", scope: "none" },
  { methods: GET, pattern: "/admin/views/entities", scope: "none" },
  { methods: GET, pattern: "/admin/views/:entity/columns", scope: "none" },
  { methods: GET, pattern: "/admin/views/:entity/configurations/active", scope: "none" },
  { methods: GET, pattern: "/admin/layouts/configurations", scope: "none" },
  { methods: GET, pattern: "/admin/layouts/:zone/configuration", scope: "none" },
  { methods: GET, pattern: "/admin/product-categories", scope: "none" },
  { methods: GET, pattern: "/admin/product-types", scope: "none" },
  { methods: GET, pattern: "/admin/product-tags", scope: "none" },
  { methods: GET, pattern: "/admin/collections", scope: "none" },
  { methods: GET, pattern: "/admin/shipping-profiles", scope: "none" },
  { methods: POST, pattern: "/admin/uploads", scope: "none" },

  // SweetSpot's bakery routes: any member reads, an owner changes.
  { methods: GET, pattern: "/admin/bakeries", scope: "list" },
  { methods: GET, pattern: "/admin/bakeries/:id", scope: "bakery" },
  { methods: POST, pattern: "/admin/bakeries/:id", scope: "bakery", ownerOnly: true },
  { methods: POST, pattern: "/admin/bakeries/:id/cakes", scope: "bakery", ownerOnly: true },
  { methods: GET, pattern: "/admin/bakeries/:id/stats", scope: "bakery" },
  { methods: GET, pattern: "/admin/bakeries/:id/bake-sheet", scope: "bakery" },
  { methods: GET, pattern: "/admin/bakeries/:id/deliveries", scope: "bakery" },
  { methods: GET, pattern: "/admin/bakeries/:id/closures", scope: "bakery" },
  { methods: POST, pattern: "/admin/bakeries/:id/closures", scope: "bakery", ownerOnly: true },
  { methods: DELETE, pattern: "/admin/bakeries/:id/closures/:closure_id", scope: "bakery", ownerOnly: true },
  { methods: GET, pattern: "/admin/bakeries/:id/drivers", scope: "bakery" },
  { methods: POST, pattern: "/admin/bakeries/:id/drivers", scope: "bakery", ownerOnly: true },
  { methods: GET, pattern: "/admin/bakeries/:id/members", scope: "bakery" },
  { methods: POST, pattern: "/admin/bakeries/:id/members", scope: "bakery", ownerOnly: true },
  { methods: DELETE, pattern: "/admin/bakeries/:id/members/:user_id", scope: "bakery", ownerOnly: true },
  { methods: [...POST, ...DELETE], pattern: "/admin/drivers/:id", scope: "driver", ownerOnly: true },

  // Medusa's orders (and SweetSpot's order routes): their bakery's only.
  { methods: GET, pattern: "/admin/orders", scope: "list" },
  { methods: [...GET, ...POST], pattern: "/admin/orders/:id", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/preview", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/changes", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/line-items", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/shipping-options", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/cancel", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/cancel-with-refund", scope: "order" },
  // A balance paid in cash at collection (Medusa's mark-as-paid), on their bakery's order.
  { methods: POST, pattern: "/admin/payment-collections/:id/mark-as-paid", scope: "payment_collection" },
  { methods: POST, pattern: "/admin/orders/:id/complete", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/archive", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/fulfillments", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/fulfillments/:fulfillment_id/cancel", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/cake-details", scope: "order" },
  { methods: POST, pattern: "/admin/orders/:id/delivery/refresh", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/delivery/stream", scope: "order" },
  { methods: GET, pattern: "/admin/orders/:id/items/:item_id/photo", scope: "order" },
  { methods: POST, pattern: "/admin/order-edits", scope: "order_in_body" },
  { methods: DELETE, pattern: "/admin/order-edits/:id", scope: "order" },
  { methods: POST, pattern: "/admin/order-edits/:id/confirm", scope: "order" },
  { methods: POST, pattern: "/admin/order-edits/:id/request", scope: "order" },
  { methods: POST, pattern: "/admin/order-edits/:id/items", scope: "order" },
  { methods: POST, pattern: "/admin/order-edits/:id/items/item/:item_id", scope: "order" },
  { methods: [...POST, ...DELETE], pattern: "/admin/order-edits/:id/items/:action_id", scope: "order" },
  { methods: POST, pattern: "/admin/order-edits/:id/shipping-method", scope: "order" },
  { methods: [...POST, ...DELETE], pattern: "/admin/order-edits/:id/shipping-method/:action_id", scope: "order" },

  // Medusa's products: their bakery's cakes only; a new one becomes theirs.
  { methods: GET, pattern: "/admin/products", scope: "list" },
  { methods: POST, pattern: "/admin/products", scope: "product_create" },
  { methods: [...GET, ...POST, ...DELETE], pattern: "/admin/products/:id", scope: "product" },
  { methods: [...GET, ...POST], pattern: "/admin/products/:id/variants", scope: "product" },
  { methods: POST, pattern: "/admin/products/:id/variants/batch", scope: "product" },
  { methods: [...GET, ...POST, ...DELETE], pattern: "/admin/products/:id/variants/:variant_id", scope: "product" },
  { methods: POST, pattern: "/admin/products/:id/variants/:variant_id/images/batch", scope: "product" },
  { methods: GET, pattern: "/admin/products/:id/options", scope: "product" },
  { methods: POST, pattern: "/admin/products/:id/options/batch", scope: "product" },
  { methods: POST, pattern: "/admin/products/:id/images/:image_id/variants/batch", scope: "product" },
  { methods: [...GET, ...POST], pattern: "/admin/products/:id/cake-profile", scope: "product" },

  // Customers: read-only, those who ordered from them.
  { methods: GET, pattern: "/admin/customers", scope: "list" },
  { methods: GET, pattern: "/admin/customers/:id", scope: "customer" },
  { methods: GET, pattern: "/admin/customers/:id/addresses", scope: "customer" },
]

/** Words for a refused area, by its first path segment; the rest read as their segment with spaces. */
const AREA_WORDS: Record<string, string> = {
  "api-keys": "API keys",
  "tax-rates": "tax rates",
  "tax-regions": "tax regions",
  "workflows-executions": "workflows",
  users: "users",
  invites: "invites",
  stores: "store settings",
  uploads: "files",
  bakeries: "bakeries",
  drivers: "drivers",
}

type Compiled = Entry & { regex: RegExp; params: string[] }

const compile = (entry: Entry): Compiled => {
  const params: string[] = []
  const source = entry.pattern
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) {
        params.push(segment.slice(1))
        return "([^/]+)"
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    })
    .join("/")
  // Express matches case-insensitively and forgives one trailing slash: so does the allowlist.
  return { ...entry, regex: new RegExp(`^${source}/?$`, "i"), params }
}

const COMPILED = ALLOWED.map(compile)

/** The allowlist's routes, for the authorization matrix and the docs. */
export const staffAllowedRoutes = ALLOWED.map(({ methods, pattern, scope, ownerOnly }) => ({ methods, pattern, scope, ownerOnly: !!ownerOnly }))

/**
 * Words Medusa registers as static routes beside a parameter (`/admin/orders/export`,
 * `/admin/products/batch`, `/admin/products/imports`): Express routes them to the
 * static route, so they never stand for an id here either.
 */
const STATIC_SIBLINGS = new Set(["export", "batch", "import", "imports"])

/** The route a member's request reaches, with its decoded parameters, or null when it is not on the allowlist. */
export function matchStaffRoute(method: string, path: string): { entry: Entry; params: Record<string, string> } | null {
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  for (const entry of COMPILED) {
    if (!entry.methods.includes(verb)) {
      continue
    }
    const match = entry.regex.exec(path)
    if (!match) {
      continue
    }
    const params: Record<string, string> = {}
    entry.params.forEach((name, index) => {
      try {
        params[name] = decodeURIComponent(match[index + 1])
      } catch {
        params[name] = match[index + 1]
      }
    })
    if (Object.values(params).some((value) => STATIC_SIBLINGS.has(value.toLowerCase()))) {
      continue
    }
    return { entry, params }
  }
  return null
}

/** The message a member reads (in the dashboard's error toast) for a route off the allowlist. */
export function staffRefusal(method: string, path: string): string {
  const area = path.split("/").filter(Boolean)[1] ?? ""
  const words = AREA_WORDS[area.toLowerCase()] ?? (area.replace(/-/g, " ") || "this")
  const verb = ["GET", "HEAD"].includes(method.toUpperCase()) ? "see" : "manage"
  return `Bakery staff can't ${verb} ${words} here. Ask a platform admin.`
}

/**
 * The relations a member's `fields` may pass through: from a bakery's own order,
 * cake, customer or driver down to its parts (lines, variants, addresses, payments,
 * fulfilments, prices, options, the cake's profile and customisation). Medusa's admin
 * routes take any `fields`, so everything else is refused: a relation not named here
 * may be a path from shared records (a shipping profile, category, sales channel,
 * region, stock item) back to other bakeries' orders, carts, cakes and members.
 */
const STAFF_RELATIONS = new Set([
  "items", "detail", "variant", "variants", "product", "options", "option", "values", "value", "prices", "price_set",
  "calculated_price", "images", "tags", "type", "collection", "categories", "sales_channel", "sales_channels",
  "inventory_items", "inventory", "location_levels", "tax_lines", "adjustments", "shipping_address", "billing_address",
  "address", "addresses", "shipping_methods", "shipping_option", "service_zone", "fulfillment_set", "location",
  "fulfillments", "labels", "payment_collections", "payments", "refunds", "refund_reason", "captures",
  "payment_sessions", "summary", "customer", "region", "countries", "country", "promotions", "application_method",
  "credit_lines", "transactions", "bakery", "cake_profile", "cake_customization", "delivery_slot",
  "delivery_estimate", "driver", "photo",
])

/** Relations that lead from a shared record to every bakery's records: never the last step either. */
const CROSS_BAKERY_RELATIONS = new Set([
  "orders", "order", "carts", "cart", "cart_items", "order_items", "line_items", "cake_customizations", "members",
  "products", "products_link", "customers", "drivers", "users", "price_list", "price_lists", "campaign",
])

/** Ids the dashboard asks for past those rules: a collection's products (it counts them), a cake photo's variants. */
const DASHBOARD_IDS = new Set(["products.id", "images.variants.id"])

/**
 * A bakery's own cake's variants and own order's fulfilments, never further down: a
 * stock item's variants or a shipping option's fulfilments are every bakery's.
 */
const FIRST_STEP_ONLY = new Set(["variants", "fulfillments"])

/**
 * The first `fields` entry a member may not ask for, or null: every step but the
 * last must be one of `STAFF_RELATIONS`, `FIRST_STEP_ONLY` relations come first or
 * not at all, and no step may be one of `CROSS_BAKERY_RELATIONS`.
 */
export function staffFieldsProblem(fields: unknown): string | null {
  const entries = (Array.isArray(fields) ? fields : [fields]).filter((f): f is string => typeof f === "string").flatMap((f) => f.split(","))
  for (const entry of entries) {
    const segments = entry
      .trim()
      .replace(/^[+\-*]+/, "")
      .split(".")
      .map((segment) => segment.replace(/^\*+/, "").toLowerCase())
    if (DASHBOARD_IDS.has(segments.join("."))) {
      continue
    }
    const refused =
      segments.slice(0, -1).some((segment) => !STAFF_RELATIONS.has(segment)) ||
      segments.slice(1).some((segment) => FIRST_STEP_ONLY.has(segment)) ||
      segments.some((segment) => CROSS_BAKERY_RELATIONS.has(segment))
    if (refused) {
      return entry.trim()
    }
  }
  return null
}

export const OWNER_ONLY_MESSAGE = "Only the bakery's owner can change its details, cakes, members, drivers and closures. Ask the owner."

/** Whether a member may call this route, and what it names that must be theirs. */
export function staffRouteRule(method: string, path: string, roles: BakeryRole[]): StaffRouteRule {
  const matched = matchStaffRoute(method, path)
  if (!matched) {
    return { allowed: false, message: staffRefusal(method, path) }
  }
  const ownerOnly = !!matched.entry.ownerOnly
  // A member who owns no bakery at all is told here; an owner of another bakery learns the answer from the scope check.
  if (ownerOnly && !roles.includes("owner")) {
    return { allowed: false, message: OWNER_ONLY_MESSAGE }
  }
  return { allowed: true, scope: matched.entry.scope, ownerOnly }
}
