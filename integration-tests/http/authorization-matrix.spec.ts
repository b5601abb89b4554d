import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import express from "express"
import { seedAdminUser } from "../../src/scripts/seed/seed-admin-user"
import { matchStaffRoute, OWNER_ONLY_MESSAGE } from "../../src/workflows/bakery/rules/staff-access"
import { sweetspotRoutes } from "../../src/api/openapi/document"
import { ApiRouteAuth, ApiRouteDocs } from "../../src/api/utils/api-route"
import { adminHeaders } from "../helpers/admin-headers"
import { fulfilOrder } from "../helpers/dispatch"
import { driverBearer, registerDriver } from "../helpers/driver"
import { changedTables, digestDomainTables } from "../helpers/db-digest"
import { seedDemoShop } from "../helpers/demo-shop"
import { pngImage } from "../helpers/images"
import { settleWorkflows } from "../helpers/settle"
import { firstEventOf } from "../helpers/sse"
import { bookFirstSlot, checkout, createCart, firstAvailableSlot, prepareCheckout, registerShopper } from "../helpers/shopper"

jest.setTimeout(240 * 1000)

/**
 * The app the runner starts, caught as it listens: its router lists every route
 * Medusa and SweetSpot registered, which the bakery staff columns go through.
 */
let expressApp: any
const listen = express.application.listen
express.application.listen = function (this: any, ...args: any[]) {
  expressApp = this
  return (listen as any).apply(this, args)
}

/** Every `/admin` route the running app registered (method and Express path), from its router. */
function registeredAdminRoutes(): { method: string; path: string }[] {
  const seen = new Set<string>()
  const routes: { method: string; path: string }[] = []
  for (const layer of expressApp._router.stack) {
    const path = layer.route?.path
    if (typeof path !== "string" || !path.startsWith("/admin")) continue
    for (const method of Object.keys(layer.route.methods).filter((m) => layer.route.methods[m] && m !== "_all")) {
      const key = `${method.toUpperCase()} ${path}`
      if (!seen.has(key)) {
        seen.add(key)
        routes.push({ method: method.toUpperCase(), path })
      }
    }
  }
  return routes
}

/**
 * Who calls: `anonymous` sends nothing at all (no publishable key, no login);
 * `guest` sends the publishable key only, as a shopper who never logged in;
 * shoppers send the key and their own token; `admin` sends a staff token (plus
 * the key on store routes, where it must open nothing); `driver` sends a driver's
 * token of the order's bakery (plus the key on store routes: it opens no more than
 * the key alone).
 */
const CALLERS = ["anonymous", "guest", "another shopper", "owner", "admin", "driver"] as const
type Caller = (typeof CALLERS)[number]

type Fixture = {
  headers: Record<Caller, Record<string, string>>
  adminToken: Record<string, string>
  regionId: string
  bakeryId: string
  spareBakeryId: string
  /** A closure of the bakery, for the route that removes one. */
  closureId: string
  productId: string
  /** A cake no bakery bakes. */
  looseProductId: string
  variantId: string
  /** Another cake of the same bakery, for adds through Medusa's route. */
  otherVariantId: string
  /** The owner's open cart: a cake line, a slot, an address, a shipping method and a payment session; ready to complete. */
  ownerCartId: string
  ownerLineId: string
  /** Cake lines of the owner's open cart for the photo routes: one without a photo, one whose photo a test deletes, one to read. */
  photoLines: { upload: string; remove: string; read: string }
  ownerPaymentCollectionId: string
  shippingOptionId: string
  slotStartsAt: string
  ownerOrderId: string
  /** The owner's ordered cake, with its photo. */
  ownerOrderItemId: string
  /** The key of that cake's photo in the File module's private storage. */
  privateFileKey: string
  /** A guest's cart (no account), as ready as the owner's, and a guest's placed order. */
  guestCartId: string
  guestLineId: string
  guestPaymentCollectionId: string
  guestOrderId: string
  customizationIds: { owner: string[]; other: string[] }
  /** What only the owner (and staff) may ever see. */
  ownerSecrets: string[]
  /** A registered driver of the bakery, and the guest's order, prepared by staff (ready for a driver). */
  driverId: string
  driverToken: Record<string, string>
  preparedOrderId: string
  /** The prepared order's delivery day (YYYY-MM-DD, the bakery's calendar). */
  preparedOrderDate: string
  /** Bakery staff: an owner and a staff member of the bakery, an owner of the other bakery; the owner shopper's customer id. */
  staff: { owner: Record<string, string>; staff: Record<string, string>; otherOwner: Record<string, string>; ownerUserId: string }
  ownerCustomerId: string
}

type Call = { method: "get" | "post" | "delete"; url: string; body?: Record<string, unknown> | FormData }

/** A photo upload's multipart body, made anew for each call. */
const photoUpload = () => {
  const form = new FormData()
  form.append("file", new Blob([pngImage()], { type: "image/png" }), "cake.png")
  return form
}

/** How to call one route on real resources, and what each caller gets when it differs from the default of its `auth`. */
type RouteCase = {
  call: (f: Fixture) => Call
  expect?: Partial<Record<Caller, number>>
  /** Runs on a success answer. */
  check?: (data: any, f: Fixture, caller: Caller) => void
  /** The route works on the owner's cart: a refused call must leave it as it was. */
  ownerCart?: boolean
  /**
   * One test per caller: two callers would succeed in ways that change what the
   * next one meets (the first to take a guest's cart over makes it theirs).
   */
  separateCallers?: boolean
}

const key = (route: Pick<ApiRouteDocs, "method" | "matcher">) => `${route.method} ${route.matcher}`
const tomorrow = () => new Date(Date.now() + 86400000).toISOString().slice(0, 10)

const everyone = (status: number): Record<Caller, number> => ({
  anonymous: status,
  guest: status,
  "another shopper": status,
  owner: status,
  admin: status,
  driver: status,
})

/** A driver route: only the driver's own token opens it. */
const driverOnly = (status: number): Partial<Record<Caller, number>> => ({ driver: status })

/** A registered shopper's cart (or order) is theirs alone: anyone else gets the 404 of a missing one. */
const ownerOnly: Partial<Record<Caller, number>> = { guest: 404, "another shopper": 404, owner: 200, admin: 404 }

/** One entry per registry route (`METHOD /path/{param}`); a route of the registry without one fails below. */
const CASES: Record<string, RouteCase> = {
  "GET /store/bakeries": { call: () => ({ method: "get", url: "/store/bakeries" }) },
  "GET /store/bakeries/:id": { call: (f) => ({ method: "get", url: `/store/bakeries/${f.bakeryId}` }) },
  "GET /store/bakeries/:id/delivery-slots": {
    call: (f) => ({ method: "get", url: `/store/bakeries/${f.bakeryId}/delivery-slots?date=${tomorrow()}` }),
  },
  "GET /store/bakeries/:id/calendar": {
    call: (f) => ({ method: "get", url: `/store/bakeries/${f.bakeryId}/calendar?from=${tomorrow()}&to=${tomorrow()}` }),
  },
  "GET /store/cakes": { call: (f) => ({ method: "get", url: `/store/cakes?region_id=${f.regionId}` }) },
  "GET /store/cakes/:id": { call: (f) => ({ method: "get", url: `/store/cakes/${f.productId}?region_id=${f.regionId}` }) },
  "POST /store/carts/:id/cakes": {
    call: (f) => ({
      method: "post",
      url: `/store/carts/${f.ownerCartId}/cakes`,
      body: { variant_id: f.variantId, quantity: 1, customization: { message: "From the matrix" } },
    }),
    expect: ownerOnly,
    ownerCart: true,
    check: (data, f) => expect(data.cart.id).toEqual(f.ownerCartId),
  },
  "POST /store/carts/:id/cakes/:line_id": {
    call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/cakes/${f.ownerLineId}`, body: { quantity: 2 } }),
    expect: ownerOnly,
    ownerCart: true,
    check: (data, f) => expect(data.cart.items.find((i: any) => i.id === f.ownerLineId).quantity).toEqual(2),
  },
  "POST /store/carts/:id/cakes/:line_id/photo": {
    call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/cakes/${f.photoLines.upload}/photo`, body: photoUpload() }),
    expect: ownerOnly,
    ownerCart: true,
    check: (data, f) =>
      expect(data.cart.items.find((i: any) => i.id === f.photoLines.upload).cake_customization.photo).toEqual(
        expect.objectContaining({ content_type: "image/png" })
      ),
  },
  "DELETE /store/carts/:id/cakes/:line_id/photo": {
    call: (f) => ({ method: "delete", url: `/store/carts/${f.ownerCartId}/cakes/${f.photoLines.remove}/photo` }),
    expect: ownerOnly,
    ownerCart: true,
    check: (data, f) => expect(data.cart.items.find((i: any) => i.id === f.photoLines.remove).cake_customization.photo).toBeNull(),
  },
  "GET /store/carts/:id/cakes/:line_id/photo": {
    call: (f) => ({ method: "get", url: `/store/carts/${f.ownerCartId}/cakes/${f.photoLines.read}/photo` }),
    expect: ownerOnly,
    check: (data) => expect(String(data)).toContain("PNG"),
  },
  "GET /store/orders/:id/items/:item_id/photo": {
    call: (f) => ({ method: "get", url: `/store/orders/${f.ownerOrderId}/items/${f.ownerOrderItemId}/photo` }),
    expect: ownerOnly,
    check: (data) => expect(String(data)).toContain("PNG"),
  },
  // Medusa's link for a private file (an order export's): a platform admin's; any other login a 404, no login a 401.
  "GET /static/:key": {
    call: (f) => ({ method: "get", url: `/static/${f.privateFileKey}` }),
    check: (data) => expect(String(data)).toContain("PNG"),
  },
  "GET /admin/orders/:id/items/:item_id/photo": {
    call: (f) => ({ method: "get", url: `/admin/orders/${f.ownerOrderId}/items/${f.ownerOrderItemId}/photo` }),
    check: (data) => expect(String(data)).toContain("PNG"),
  },
  "POST /store/carts/:id/delivery-slot": {
    call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/delivery-slot`, body: { starts_at: f.slotStartsAt } }),
    expect: ownerOnly,
    ownerCart: true,
    check: (data, f) => expect(new Date(data.cart.delivery_slot.starts_at).toISOString()).toEqual(f.slotStartsAt),
  },
  "GET /store/customers/me/cake-customizations": {
    call: () => ({ method: "get", url: "/store/customers/me/cake-customizations" }),
    check: (data, f, caller) => {
      const own = caller === "owner" ? f.customizationIds.owner : f.customizationIds.other
      expect(data.cake_customizations.map((c: any) => c.id).sort()).toEqual([...own].sort())
      expect(data.count).toEqual(own.length)
    },
  },
  "GET /store/orders/:id/delivery": {
    call: (f) => ({ method: "get", url: `/store/orders/${f.ownerOrderId}/delivery` }),
    expect: ownerOnly,
    check: (data) => expect(data.delivery).toEqual(expect.objectContaining({ status: "pending", slot: expect.any(Object) })),
  },
  "GET /store/orders/:id/delivery/stream": {
    call: (f) => ({ method: "get", url: `/store/orders/${f.ownerOrderId}/delivery/stream` }),
    expect: ownerOnly,
    check: (data) => expect(data.delivery).toEqual(expect.objectContaining({ status: "pending", slot: expect.any(Object) })),
  },
  "GET /admin/bakeries": { call: () => ({ method: "get", url: "/admin/bakeries" }) },
  "POST /admin/bakeries": { call: () => ({ method: "post", url: "/admin/bakeries", body: { name: "Matrix Bakery" } }) },
  "GET /admin/bakeries/:id": { call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}` }) },
  "POST /admin/bakeries/:id": {
    call: (f) => ({ method: "post", url: `/admin/bakeries/${f.bakeryId}`, body: { description: "Changed by the matrix" } }),
  },
  "DELETE /admin/bakeries/:id": { call: (f) => ({ method: "delete", url: `/admin/bakeries/${f.spareBakeryId}` }) },
  "POST /admin/bakeries/:id/cakes": {
    call: (f) => ({ method: "post", url: `/admin/bakeries/${f.spareBakeryId}/cakes`, body: { add: [f.looseProductId] } }),
  },
  "GET /admin/bakeries/:id/stats": { call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}/stats` }) },
  "GET /admin/bakeries/:id/closures": {
    call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}/closures` }),
    check: (data, f) => expect(data.closures.map((c: any) => c.id)).toContain(f.closureId),
  },
  "POST /admin/bakeries/:id/closures": {
    call: (f) => ({ method: "post", url: `/admin/bakeries/${f.bakeryId}/closures`, body: { from: "2099-12-25", reason: "Christmas" } }),
  },
  "DELETE /admin/bakeries/:id/closures/:closure_id": {
    call: (f) => ({ method: "delete", url: `/admin/bakeries/${f.bakeryId}/closures/${f.closureId}` }),
  },
  "GET /admin/products/:id/cake-profile": { call: (f) => ({ method: "get", url: `/admin/products/${f.productId}/cake-profile` }) },
  "POST /admin/products/:id/cake-profile": {
    call: (f) => ({ method: "post", url: `/admin/products/${f.productId}/cake-profile`, body: { is_available: true } }),
  },
  "GET /admin/orders/:id/cake-details": {
    call: (f) => ({ method: "get", url: `/admin/orders/${f.ownerOrderId}/cake-details` }),
    check: (data, f) => expect(data.items.map((i: any) => i.customization?.message)).toContain(f.ownerSecrets[1]),
  },
  "GET /admin/orders/:id/delivery/stream": {
    call: (f) => ({ method: "get", url: `/admin/orders/${f.ownerOrderId}/delivery/stream` }),
    check: (data) => expect(data.delivery).toEqual(expect.objectContaining({ status: "pending", slot: expect.any(Object) })),
  },
  "POST /admin/orders/:id/delivery/refresh": {
    call: (f) => ({ method: "post", url: `/admin/orders/${f.ownerOrderId}/delivery/refresh` }),
  },
  "POST /admin/orders/:id/cancel-with-refund": {
    call: (f) => ({ method: "post", url: `/admin/orders/${f.ownerOrderId}/cancel-with-refund`, body: { refund: "none" } }),
    check: (data, f) => expect(data.cancellation).toEqual(expect.objectContaining({ order_id: f.ownerOrderId, status: "canceled" })),
  },
  // The demo order is paid in full (nothing owed) and its bakery takes no online cancellations: the owner gets the 409s.
  "GET /store/orders/:id/balance": {
    call: (f) => ({ method: "get", url: `/store/orders/${f.ownerOrderId}/balance` }),
    expect: ownerOnly,
    check: (data) => expect(data.balance).toEqual(expect.objectContaining({ due: 0, payment_collection_id: null })),
  },
  "POST /store/orders/:id/balance/pay": {
    call: (f) => ({ method: "post", url: `/store/orders/${f.ownerOrderId}/balance/pay` }),
    expect: { ...ownerOnly, owner: 409 },
  },
  "POST /store/orders/:id/cancel": {
    call: (f) => ({ method: "post", url: `/store/orders/${f.ownerOrderId}/cancel` }),
    expect: { ...ownerOnly, owner: 409 },
  },
  "GET /admin/bakeries/:id/drivers": {
    call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}/drivers` }),
    check: (data, f) => expect(data.drivers.map((d: any) => d.id)).toEqual([f.driverId]),
  },
  "POST /admin/bakeries/:id/drivers": {
    call: (f) => ({ method: "post", url: `/admin/bakeries/${f.bakeryId}/drivers`, body: { name: "Matrix Van", email: "matrix-van@vans.test" } }),
  },
  "POST /admin/drivers/:id": { call: (f) => ({ method: "post", url: `/admin/drivers/${f.driverId}`, body: { phone: "+44 1234" } }) },
  "DELETE /admin/drivers/:id": { call: (f) => ({ method: "delete", url: `/admin/drivers/${f.driverId}` }) },
  "GET /admin/bakeries/:id/deliveries": {
    call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}/deliveries?date=${f.preparedOrderDate}` }),
    check: (data, f) =>
      expect(data.deliveries.find((d: any) => d.order_id === f.preparedOrderId)).toEqual(expect.objectContaining({ stage: "ready", driver: null })),
  },
  "GET /admin/bakery-access": {
    call: () => ({ method: "get", url: "/admin/bakery-access" }),
    check: (data) => expect(data.access).toEqual({ platform_admin: true, memberships: [] }),
  },
  "GET /admin/bakeries/:id/members": {
    call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}/members` }),
    check: (data) => expect(data.members.map((m: any) => m.role).sort()).toEqual(["owner", "staff"]),
  },
  "POST /admin/bakeries/:id/members": {
    call: (f) => ({ method: "post", url: `/admin/bakeries/${f.bakeryId}/members`, body: { email: "matrix-invitee@crumb.test", role: "staff" } }),
  },
  "DELETE /admin/bakeries/:id/members/:user_id": {
    call: (f) => ({ method: "delete", url: `/admin/bakeries/${f.bakeryId}/members/${f.staff.ownerUserId}` }),
  },
  "GET /admin/bakeries/:id/bake-sheet": {
    call: (f) => ({ method: "get", url: `/admin/bakeries/${f.bakeryId}/bake-sheet?date=${f.preparedOrderDate}` }),
    check: (data, f) => expect(data.bake_sheet.tickets.map((t: any) => t.order_id)).toContain(f.preparedOrderId),
  },
  // A registered driver's token is no registration token (and nobody else's is either).
  "POST /drivers": { call: () => ({ method: "post", url: "/drivers", body: {} }), expect: everyone(401) },
  "GET /drivers/me": {
    call: () => ({ method: "get", url: "/drivers/me" }),
    check: (data, f) => expect(data.driver).toEqual(expect.objectContaining({ id: f.driverId, bakery: expect.objectContaining({ id: f.bakeryId }) })),
  },
  "GET /drivers/me/deliveries": {
    call: () => ({ method: "get", url: "/drivers/me/deliveries?status=ready" }),
    check: (data, f) => expect(data.deliveries.map((d: any) => d.order_id)).toEqual([f.preparedOrderId]),
  },
  "POST /drivers/me/deliveries/:order_id/claim": {
    call: (f) => ({ method: "post", url: `/drivers/me/deliveries/${f.preparedOrderId}/claim` }),
    check: (data, f) => expect(data.delivery).toEqual(expect.objectContaining({ stage: "claimed", driver: expect.objectContaining({ id: f.driverId }) })),
  },
  "POST /drivers/me/deliveries/:order_id/release": {
    call: (f) => ({ method: "post", url: `/drivers/me/deliveries/${f.preparedOrderId}/release` }),
    expect: driverOnly(409),
  },
  "POST /drivers/me/deliveries/:order_id/pick-up": {
    call: (f) => ({ method: "post", url: `/drivers/me/deliveries/${f.preparedOrderId}/pick-up` }),
    expect: driverOnly(409),
  },
  "POST /drivers/me/deliveries/:order_id/complete": {
    // The owner's order is not prepared: no driver can do anything with it.
    call: (f) => ({ method: "post", url: `/drivers/me/deliveries/${f.ownerOrderId}/complete` }),
    expect: driverOnly(409),
  },
  "POST /drivers/me/location": {
    call: () => ({ method: "post", url: "/drivers/me/location", body: { latitude: 51.5, longitude: -0.1, recorded_at: new Date().toISOString() } }),
    expect: driverOnly(409),
  },
}

type ExtraRow = { title: string; auth: ApiRouteAuth; case: RouteCase; answers: string[] }

/**
 * Medusa's own store routes that reach a cart or an order, on the owner's cart or
 * order. They answer the same carts and orders as SweetSpot's routes, so they
 * obey the same rule: a registered shopper's cart and order are theirs alone.
 */
const medusaOwnerRows = (): Omit<ExtraRow, "auth">[] => [
  { title: "GET /store/carts/:id", answers: ["cart"], case: { call: (f) => ({ method: "get", url: `/store/carts/${f.ownerCartId}` }) } },
  {
    title: "POST /store/carts/:id",
    answers: ["cart"],
    case: { call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}`, body: { email: "changed@sweetspot.test" } }), ownerCart: true },
  },
  {
    title: "POST /store/carts/:id/line-items",
    answers: ["cart"],
    case: {
      call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/line-items`, body: { variant_id: f.otherVariantId, quantity: 1 } }),
      ownerCart: true,
    },
  },
  {
    title: "POST /store/carts/:id/line-items/:line_id",
    answers: ["cart"],
    case: {
      call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/line-items/${f.ownerLineId}`, body: { quantity: 3 } }),
      ownerCart: true,
    },
  },
  {
    title: "DELETE /store/carts/:id/line-items/:line_id",
    answers: ["deleted"],
    case: { call: (f) => ({ method: "delete", url: `/store/carts/${f.ownerCartId}/line-items/${f.ownerLineId}` }), ownerCart: true },
  },
  {
    title: "POST /store/carts/:id/shipping-methods",
    answers: ["cart"],
    case: {
      call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/shipping-methods`, body: { option_id: f.shippingOptionId } }),
      ownerCart: true,
    },
  },
  {
    title: "POST /store/carts/:id/promotions",
    answers: ["cart"],
    case: { call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/promotions`, body: { promo_codes: [] } }), ownerCart: true },
  },
  {
    title: "DELETE /store/carts/:id/promotions",
    answers: ["cart"],
    case: { call: (f) => ({ method: "delete", url: `/store/carts/${f.ownerCartId}/promotions`, body: { promo_codes: [] } }), ownerCart: true },
  },
  {
    title: "POST /store/carts/:id/taxes",
    answers: ["cart"],
    case: { call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/taxes`, body: {} }), ownerCart: true },
  },
  {
    title: "POST /store/carts/:id/customer",
    answers: ["cart"],
    case: {
      call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/customer`, body: {} }),
      ownerCart: true,
      // Without a login Medusa's authenticate answers first.
      expect: { anonymous: 400, guest: 404, "another shopper": 404, owner: 200, admin: 404 },
    },
  },
  {
    title: "POST /store/carts/:id/complete",
    answers: ["order"],
    case: {
      call: (f) => ({ method: "post", url: `/store/carts/${f.ownerCartId}/complete`, body: {} }),
      ownerCart: true,
      check: (data) => expect(data.type).toEqual("order"),
    },
  },
  {
    title: "GET /store/shipping-options?cart_id=:id",
    answers: ["shipping_options"],
    case: { call: (f) => ({ method: "get", url: `/store/shipping-options?cart_id=${f.ownerCartId}` }) },
  },
  {
    title: "POST /store/payment-collections { cart_id }",
    answers: ["payment_collection"],
    case: { call: (f) => ({ method: "post", url: "/store/payment-collections", body: { cart_id: f.ownerCartId } }), ownerCart: true },
  },
  {
    title: "POST /store/payment-collections/:id/payment-sessions",
    answers: ["payment_collection"],
    case: {
      call: (f) => ({
        method: "post",
        url: `/store/payment-collections/${f.ownerPaymentCollectionId}/payment-sessions`,
        body: { provider_id: "pp_system_default" },
      }),
      ownerCart: true,
    },
  },
  {
    title: "GET /store/orders/:id",
    answers: ["order"],
    case: {
      call: (f) => ({ method: "get", url: `/store/orders/${f.ownerOrderId}` }),
      check: (data, f) => expect(data.order.items.map((i: any) => i.cake_customization?.message)).toContain(f.ownerSecrets[1]),
    },
  },
  {
    title: "POST /store/orders/:id/transfer/request",
    answers: ["order"],
    case: {
      call: (f) => ({ method: "post", url: `/store/orders/${f.ownerOrderId}/transfer/request`, body: {} }),
      // The owner cannot ask for their own order (Medusa's 400); nobody else learns it exists.
      expect: { anonymous: 400, guest: 404, "another shopper": 404, owner: 400, admin: 404 },
    },
  },
  {
    // Medusa asks no login here: the order named in the body is the shopper's alone, as in the path.
    title: "POST /store/returns { order_id }",
    answers: ["return"],
    case: {
      call: (f) => ({
        method: "post",
        url: "/store/returns",
        body: { order_id: f.ownerOrderId, items: [], return_shipping: { option_id: f.shippingOptionId } },
      }),
      check: (data, f) => expect(data.return.order_id).toEqual(f.ownerOrderId),
    },
  },
]

/** The same Medusa routes on a guest's cart and order: usable by whoever holds the id, as in Medusa. */
const medusaGuestRows = (): Omit<ExtraRow, "auth">[] => [
  { title: "GET /store/carts/:id", answers: ["cart"], case: { call: (f) => ({ method: "get", url: `/store/carts/${f.guestCartId}` }) } },
  {
    title: "POST /store/carts/:id/line-items/:line_id",
    answers: ["cart"],
    case: { call: (f) => ({ method: "post", url: `/store/carts/${f.guestCartId}/line-items/${f.guestLineId}`, body: { quantity: 2 } }) },
  },
  {
    title: "POST /store/carts/:id/customer",
    answers: ["cart"],
    // Logging in takes a guest's cart over; without a login there is nobody to give it to.
    case: {
      call: (f) => ({ method: "post", url: `/store/carts/${f.guestCartId}/customer`, body: {} }),
      expect: { anonymous: 400, guest: 401, "another shopper": 200, owner: 200, admin: 401 },
      separateCallers: true,
    },
  },
  {
    title: "POST /store/carts/:id/complete",
    answers: ["order"],
    case: { call: (f) => ({ method: "post", url: `/store/carts/${f.guestCartId}/complete`, body: {} }), check: (data) => expect(data.type).toEqual("order") },
  },
  {
    title: "POST /store/payment-collections/:id/payment-sessions",
    answers: ["payment_collection"],
    case: {
      call: (f) => ({
        method: "post",
        url: `/store/payment-collections/${f.guestPaymentCollectionId}/payment-sessions`,
        body: { provider_id: "pp_system_default" },
      }),
    },
  },
  { title: "GET /store/orders/:id", answers: ["order"], case: { call: (f) => ({ method: "get", url: `/store/orders/${f.guestOrderId}` }) } },
  {
    title: "GET /store/bakeries/:id/delivery-slots?cart_id=",
    answers: ["slots"],
    case: { call: (f) => ({ method: "get", url: `/store/bakeries/${f.bakeryId}/delivery-slots?date=${tomorrow()}&cart_id=${f.guestCartId}` }) },
  },
]

/** Rows beyond the registry's one per route: the same route on someone's resource, Medusa's own routes, and the OpenAPI document. */
const EXTRA_ROWS: ExtraRow[] = [
  {
    title: "GET /store/bakeries/:id/calendar?cart_id=<owner's cart>",
    auth: "store",
    answers: ["days"],
    case: {
      call: (f) => ({ method: "get", url: `/store/bakeries/${f.bakeryId}/calendar?from=${tomorrow()}&to=${tomorrow()}&cart_id=${f.ownerCartId}` }),
      expect: ownerOnly,
    },
  },
  {
    title: "GET /store/bakeries/:id/delivery-slots?cart_id=<owner's cart>",
    auth: "store",
    answers: ["slots"],
    case: {
      call: (f) => ({ method: "get", url: `/store/bakeries/${f.bakeryId}/delivery-slots?date=${tomorrow()}&cart_id=${f.ownerCartId}` }),
      expect: ownerOnly,
    },
  },
  {
    title: "GET /store/orders (list)",
    auth: "customer",
    answers: ["orders"],
    case: {
      call: () => ({ method: "get", url: "/store/orders" }),
      check: (data, f, caller) => expect(data.orders.some((o: any) => o.id === f.ownerOrderId)).toBe(caller === "owner"),
    },
  },
  ...medusaOwnerRows().map((row) => ({
    ...row,
    title: `${row.title} <owner's>`,
    auth: "store" as const,
    case: { expect: ownerOnly, ...row.case },
  })),
  ...medusaGuestRows().map((row) => ({ ...row, title: `${row.title} <guest's>`, auth: "store" as const })),
  {
    title: "GET /store/sweetspot/openapi.json",
    auth: "store",
    answers: ["openapi", "paths"],
    case: { call: () => ({ method: "get", url: "/store/sweetspot/openapi.json" }) },
  },
  // The browsable reference needs no key (on in development and tests; production: API_DOCS=true).
  {
    title: "GET /docs",
    auth: "store",
    answers: [],
    case: {
      call: () => ({ method: "get", url: "/docs" }),
      expect: everyone(200),
      check: (data) => expect(String(data)).toContain('data-url="/docs/openapi.json"'),
    },
  },
  {
    title: "GET /docs/openapi.json",
    auth: "store",
    answers: ["openapi", "paths"],
    case: { call: () => ({ method: "get", url: "/docs/openapi.json" }), expect: everyone(200) },
  },
]

/**
 * What a caller gets by the route's kind: without a publishable key no store route
 * answers (Medusa's 400); customer routes need a shopper's login; admin routes a
 * staff login; driver routes a driver's. A driver on a store route is a guest.
 */
function defaultStatus(auth: ApiRouteAuth, success: number, caller: Caller, routeCase?: RouteCase) {
  if (auth === "driver" || auth === "driver_registration") {
    return caller === "driver" ? success : 401
  }
  if (auth === "admin") {
    return caller === "admin" ? success : 401
  }
  if (caller === "driver") {
    return routeCase?.expect?.guest ?? defaultStatus(auth, success, "guest")
  }
  if (caller === "anonymous") {
    return 400
  }
  if (auth === "customer") {
    return caller === "guest" || caller === "admin" ? 401 : success
  }
  return success
}

type Expected = { caller: Caller; status: number }

/**
 * One test per route (the database is restored before each test, which is what a
 * test costs): its callers in turn, every refusal first, since a refusal must
 * change nothing, then the callers it lets through.
 */
type RouteTest = { title: string; routeKey: string | null; extra?: number; callers: Expected[] }

const inTurn = (callers: Expected[]) => [...callers.filter((c) => c.status >= 400), ...callers.filter((c) => c.status < 400)]
const describeCallers = (callers: Expected[]) => callers.map((c) => `${c.caller} ${c.status}`).join(", ")

function testsOf(title: string, routeKey: string | null, extra: number | undefined, routeCase: RouteCase | undefined, callers: Expected[]): RouteTest[] {
  if (routeCase?.separateCallers) {
    return callers.map((c) => ({ title: `${title} as ${c.caller} -> ${c.status}`, routeKey, extra, callers: [c] }))
  }
  const ordered = inTurn(callers)
  return [{ title: `${title}: ${describeCallers(ordered)}`, routeKey, extra, callers: ordered }]
}

const routeTests: RouteTest[] = [
  ...sweetspotRoutes.flatMap((route) => {
    const routeCase = CASES[key(route)]
    const callers = CALLERS.map((caller) => ({ caller, status: routeCase?.expect?.[caller] ?? defaultStatus(route.auth, 200, caller, routeCase) }))
    return testsOf(key(route), key(route), undefined, routeCase, callers)
  }),
  ...EXTRA_ROWS.flatMap((row, index) => {
    const callers = CALLERS.map((caller) => ({ caller, status: row.case.expect?.[caller] ?? defaultStatus(row.auth, 200, caller, row.case) }))
    return testsOf(row.title, null, index, row.case, callers)
  }),
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let f: Fixture

    // Built once: the runner snapshots the database after this and restores it before every test.
    beforeAll(async () => {
      const container = getContainer()
      const shop = await seedDemoShop(container)
      const store = shop.storeHeaders
      const adminToken = await adminHeaders(api, container)
      const ownerEmail = "matrix-owner@sweetspot.test"
      const owner = await registerShopper(api, store, ownerEmail)
      const other = await registerShopper(api, store, "matrix-other@sweetspot.test")

      const productId = shop.productIdsByHandle["lemon-drizzle"]
      const bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
      const variantOf = async (handle: string) =>
        (await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}`, { headers: store })).data.cake.variants[0].id as string
      const variantId = await variantOf("lemon-drizzle")
      await api.post(`/admin/products/${productId}/cake-profile`, { photo: { accepted: true, price: 5 } }, { headers: adminToken })
      const uploadPhoto = (cartId: string, lineId: string, headers: Record<string, string>) =>
        api.post(`/store/carts/${cartId}/cakes/${lineId}/photo`, photoUpload(), { headers })
      const ownerSecrets = [ownerEmail, "Owner's secret: happy 40th Jo", "Owner's open cart: marry me Sam"]
      const add = async (cartId: string, message: string, headers: Record<string, string>) =>
        (await api.post(`/store/carts/${cartId}/cakes`, { variant_id: variantId, customization: { message } }, { headers })).data.cart
      const paymentCollectionOf = async (cartId: string) => {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [cart] } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cartId } })
        return (cart as any).payment_collection.id as string
      }

      // The owner's placed order...
      const ordered = await createCart(api, owner, shop.regionId)
      const orderedCart = await add(ordered.id, ownerSecrets[1], owner)
      await uploadPhoto(ordered.id, orderedCart.items[0].id, owner)
      await bookFirstSlot(api, owner, bakeryId, ordered.id)
      const order = await checkout(api, owner, ordered.id, ownerEmail)
      // ...their open cart with a cake line, a slot, and everything checkout needs...
      const first = await add((await createCart(api, owner, shop.regionId)).id, ownerSecrets[2], owner)
      // ...three more cakes for the photo routes (one without a photo, one to take it off, one to read)...
      await add(first.id, "Photo to come", owner)
      await add(first.id, "Photo to remove", owner)
      const withLines = await add(first.id, "Photo to read", owner)
      const lineOf = (message: string) => withLines.items.find((i: any) => i.cake_customization.message === message).id as string
      const photoLines = { upload: lineOf("Photo to come"), remove: lineOf("Photo to remove"), read: lineOf("Photo to read") }
      await uploadPhoto(first.id, photoLines.remove, owner)
      const open = (await uploadPhoto(first.id, photoLines.read, owner)).data.cart
      const slot = await firstAvailableSlot(api, owner, bakeryId, open.id)
      await api.post(`/store/carts/${open.id}/delivery-slot`, { starts_at: slot.starts_at }, { headers: owner })
      await prepareCheckout(api, owner, open.id, ownerEmail)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${open.id}`, { headers: owner })
      // ...the other shopper's own customisation...
      const othersCart = await add((await createCart(api, other, shop.regionId)).id, "The other shopper's own cake", other)
      // ...and a guest's cart, ready to complete, and a guest's placed order.
      const guestCart = await add((await createCart(api, store, shop.regionId)).id, "A guest's cake", store)
      await bookFirstSlot(api, store, bakeryId, guestCart.id)
      await prepareCheckout(api, store, guestCart.id, "matrix-guest@sweetspot.test")
      const guestPlaced = await add((await createCart(api, store, shop.regionId)).id, "A guest's order", store)
      await bookFirstSlot(api, store, bakeryId, guestPlaced.id)
      const guestOrder = await checkout(api, store, guestPlaced.id, "matrix-guest@sweetspot.test")
      const customizationsOf = (...carts: any[]) => carts.flatMap((c) => c.items.map((i: any) => i.cake_customization.id))

      // A bakery without cakes, and a cake without a bakery, for the admin routes that change them.
      const { data: spare } = await api.post("/admin/bakeries", { name: "Spare Bakery" }, { headers: adminToken })
      const { data: closed } = await api.post(`/admin/bakeries/${bakeryId}/closures`, { from: "2099-01-01", reason: "Far away" }, { headers: adminToken })
      const looseProductId = shop.productIdsByHandle["victoria-sponge"]
      const otherVariantId = await variantOf("chocolate-truffle-cake")
      await api.post(`/admin/bakeries/${bakeryId}/cakes`, { remove: [looseProductId] }, { headers: adminToken })
      // A driver of the bakery, registered and logged in; staff prepared the guest's order for them.
      const { data: van } = await api.post(`/admin/bakeries/${bakeryId}/drivers`, { name: "Matrix Driver", email: "matrix-driver@vans.test" }, { headers: adminToken })
      const driverToken = driverBearer(await registerDriver(api, "matrix-driver@vans.test", "matrix-van-1"))
      await fulfilOrder(api, guestOrder.id, { headers: adminToken })
      const { data: [guestSlot] } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["delivery_slot.date"], filters: { id: guestOrder.id } })

      // Bakery staff: two members of the bakery (owner, staff) and the owner of another bakery.
      const member = async (email: string, bakery: string, role: "owner" | "staff") => {
        await seedAdminUser(container, email, "matrix-staff-1")
        const [user] = await container.resolve(Modules.USER).listUsers({ email })
        await api.post(`/admin/bakeries/${bakery}/members`, { user_id: user.id, role }, { headers: adminToken })
        const { data: login } = await api.post("/auth/user/emailpass", { email, password: "matrix-staff-1" })
        return { headers: { authorization: `Bearer ${login.token}` }, id: user.id as string }
      }
      const bakeryOwner = await member("matrix-bakery-owner@crumb.test", bakeryId, "owner")
      const bakeryStaff = await member("matrix-bakery-staff@crumb.test", bakeryId, "staff")
      const otherOwner = await member("matrix-other-owner@whisk.test", shop.bakeryIdsByHandle["northern-whisk"], "owner")
      const { data: [placed] } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["customer_id"], filters: { id: order.id } })

      f = {
        staff: { owner: bakeryOwner.headers, staff: bakeryStaff.headers, otherOwner: otherOwner.headers, ownerUserId: bakeryOwner.id },
        ownerCustomerId: (placed as any).customer_id,
        adminToken,
        headers: {
          anonymous: {},
          guest: store,
          "another shopper": other,
          owner,
          admin: { ...store, ...adminToken },
          driver: { ...store, ...driverToken },
        },
        driverId: van.driver.id,
        driverToken,
        preparedOrderId: guestOrder.id,
        preparedOrderDate: (guestSlot as any).delivery_slot.date,
        regionId: shop.regionId,
        bakeryId,
        spareBakeryId: spare.bakery.id,
        closureId: closed.closure.id,
        productId,
        looseProductId,
        variantId,
        otherVariantId,
        ownerCartId: open.id,
        ownerLineId: first.items[0].id,
        photoLines,
        ownerPaymentCollectionId: await paymentCollectionOf(open.id),
        shippingOptionId: options.shipping_options[0].id,
        slotStartsAt: slot.starts_at,
        ownerOrderId: order.id,
        ownerOrderItemId: order.items[0].id,
        privateFileKey: (
          await container
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "order", fields: ["items.cake_customization.photo"], filters: { id: order.id } })
        ).data[0].items!.find((item: any) => item?.cake_customization?.photo)!.cake_customization!.photo!.file_id as string,
        guestCartId: guestCart.id,
        guestLineId: guestCart.items[0].id,
        guestPaymentCollectionId: await paymentCollectionOf(guestCart.id),
        guestOrderId: guestOrder.id,
        customizationIds: { owner: customizationsOf(orderedCart, open), other: customizationsOf(othersCart) },
        ownerSecrets,
      }
      await settleWorkflows(utils, getContainer())
    })

    it("covers every route of the registry, and nothing that is not in it, as every caller", () => {
      const registered = sweetspotRoutes.map(key).sort()
      expect(Object.keys(CASES).sort()).toEqual(registered)
      for (const route of registered) {
        const callers = routeTests.filter((t) => t.routeKey === route).flatMap((t) => t.callers.map((c) => c.caller))
        expect(callers.sort()).toEqual([...CALLERS].sort())
      }
    })

    it("is built on real resources: five customisations for the owner (two with photos to read), one for the other shopper", () => {
      expect(f.customizationIds.owner).toHaveLength(5)
      expect(f.customizationIds.other).toHaveLength(1)
    })

    it("answers Medusa's POST /store/returns with an unknown return option as a 400 it can show, and writes nothing", async () => {
      const before = await digestDomainTables(getContainer())
      const response = await api.post(
        "/store/returns",
        { order_id: f.ownerOrderId, items: [], return_shipping: { option_id: "so_missing" } },
        { headers: f.headers.owner, validateStatus: () => true }
      )
      expect({ status: response.status, data: response.data }).toEqual({
        status: 400,
        data: { type: "invalid_data", message: "return_shipping.option_id: there is no shipping option so_missing" },
      })
      expect(changedTables(before, await digestDomainTables(getContainer()))).toEqual([])
    })

    /** Admin and driver routes see no store key; store routes always carry it, but for the anonymous caller. */
    const headersFor = (caller: Caller, withoutKey: boolean) => {
      if (!withoutKey) {
        return f.headers[caller]
      }
      return {
        anonymous: {},
        guest: {},
        "another shopper": f.headers["another shopper"],
        owner: f.headers.owner,
        admin: f.adminToken,
        driver: f.driverToken,
      }[caller]
    }

    const cartState = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: [
          "id",
          "email",
          "customer_id",
          "completed_at",
          "items.id",
          "items.quantity",
          "items.unit_price",
          "items.cake_customization.message",
          "delivery_slot.starts_at",
          "shipping_methods.id",
          "payment_collection.payment_sessions.id",
        ],
        filters: { id: f.ownerCartId },
      })
      return JSON.parse(JSON.stringify(cart))
    }

    /** One caller's call of the route and everything its answer must satisfy. */
    async function callAs(route: ApiRouteDocs | null, routeCase: RouteCase, extra: number | undefined, { caller, status }: Expected) {
      const call = routeCase.call(f)
      const isAdminRoute = call.url.startsWith("/admin")
      const headers = headersFor(caller, isAdminRoute || call.url.startsWith("/drivers"))

      const cartBefore = routeCase.ownerCart ? await cartState() : null
      const dbBefore = status >= 400 ? await digestDomainTables(getContainer()) : null
      // A stream is read up to its first event (its answer here), then closed.
      const response = route?.stream
        ? await firstEventOf(api.defaults.baseURL as string, call.url, headers)
        : await api.request({ method: call.method, url: call.url, data: call.body, headers, validateStatus: () => true })

      expect({ status: response.status, body: response.status === status ? "(as expected)" : response.data }).toEqual({
        status,
        body: "(as expected)",
      })
      const text = JSON.stringify(response.data)
      if (caller !== "owner" && !(caller === "admin" && isAdminRoute)) {
        for (const secret of f.ownerSecrets) {
          expect(text).not.toContain(secret)
        }
      }

      if (status >= 400) {
        // Nothing of the resource: a 4xx is Medusa's error shape from a MedusaError; a 401 is the body Medusa's
        // authenticate middleware answers itself, on Medusa's own routes too, which has no `type`.
        if (status === 401 && !response.data?.type) {
          expect(response.data).toEqual({ message: "Unauthorized" })
        } else {
          // A 409 a client can show says so with `code: "domain_conflict"`.
          const code = status === 409 ? { code: "domain_conflict" } : {}
          expect(response.data).toEqual({ type: expect.any(String), message: expect.any(String), ...code })
        }
        for (const leak of ["cart", "order", "delivery", "items", "customer", "email", "bakery", "cake_customizations"]) {
          expect(response.data).not.toHaveProperty(leak)
        }
        expect(changedTables(dbBefore!, await digestDomainTables(getContainer()))).toEqual([])
        if (cartBefore) {
          expect(await cartState()).toEqual(cartBefore)
        }
        return
      }

      // A SweetSpot route answers exactly what its documented answer schema says (the OpenAPI document's).
      if (route) {
        const parsed = route.response.safeParse(response.data)
        expect(parsed.success ? "(matches its schema)" : parsed.error.issues).toEqual("(matches its schema)")
      } else {
        for (const answer of EXTRA_ROWS[extra!].answers) {
          expect(response.data).toHaveProperty(answer)
        }
      }
      routeCase.check?.(response.data, f, caller)
    }

    /**
     * Bakery staff over every `/admin` route the app registered (not a hand list):
     * each route's path parameters are the bakery's own records (its id, an order,
     * a cake, a customer who ordered from it, its driver) or a placeholder. One
     * request per route and caller; nothing is changed (a member of the bakery and
     * the platform admin only read; the other bakery's owner and staff call every
     * method and are refused).
     */
    it("bakery staff on every /admin route the app registered: members of the bakery, of another bakery, staff against owner, the platform admin; 0 leaks", async () => {
      const routes = registeredAdminRoutes()
      // Medusa's and SweetSpot's: a sample of each proves the list is the router's, not the registry's.
      const keys = routes.map((r) => `${r.method} ${r.path}`)
      for (const expected of ["GET /admin/regions", "POST /admin/orders/:id/cancel", "GET /admin/bakeries/:id/bake-sheet", "DELETE /admin/bakeries/:id/members/:user_id"]) {
        expect(keys).toContain(expected)
      }
      expect(routes.length).toBeGreaterThan(250)

      const idFor = (path: string, name: string) => {
        if (name !== "id") return name === "user_id" ? f.staff.ownerUserId : "placeholder_01"
        const area = path.split("/")[2]
        return (
          { bakeries: f.bakeryId, orders: f.ownerOrderId, "order-edits": f.ownerOrderId, products: f.productId, customers: f.ownerCustomerId, drivers: f.driverId }[
            area
          ] ?? "placeholder_01"
        )
      }
      const urlOf = (path: string) => path.replace(/:(\w+)/g, (_, name) => encodeURIComponent(idFor(path, name)))
      const secrets = [f.ownerOrderId, f.productId, f.ownerCustomerId, f.bakeryId, f.driverId, ...f.ownerSecrets]

      const call = async (method: string, url: string, headers: Record<string, string>, body?: unknown) => {
        const controller = new AbortController()
        const response = await fetch(`${api.defaults.baseURL}${url}`, {
          method,
          headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
          body: body ? JSON.stringify(body) : undefined,
          signal: controller.signal,
        })
        // A stream that opened is a success; its events are not read here.
        if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
          controller.abort()
          return { status: response.status, text: "", json: null as any }
        }
        const text = await response.text()
        let json: any = null
        try {
          json = JSON.parse(text)
        } catch {
          json = null
        }
        return { status: response.status, text, json }
      }
      const isStaffRefusal = (answer: { status: number; json: any }) =>
        answer.status === 403 && /^Bakery staff can't (see|manage) .+ Ask a platform admin\.$/.test(answer.json?.message ?? "")

      const leaks: string[] = []
      const dbBefore = await digestDomainTables(getContainer())
      for (const { method, path } of routes) {
        const url = urlOf(path)
        const allowed = matchStaffRoute(method, path.replace(/:(\w+)/g, "x"))
        const label = `${method} ${path}`
        const reads = method === "GET"

        if (reads) {
          // The platform admin: as before, never a staff refusal. Two kinds of Medusa route never answer a read
          // here: the Index module's (not loaded) and a workflow's event stream (its headers wait for an event).
          if (!path.startsWith("/admin/index/") && !path.endsWith("/subscribe")) {
            const admin = await call(method, url, f.adminToken)
            if (isStaffRefusal(admin)) leaks.push(`${label} as platform admin: ${admin.status} ${admin.text.slice(0, 120)}`)
          }
          // A member of the bakery: the allowlist's routes answer (no staff refusal), every other route is a 403 saying so.
          const owner = await call(method, url, f.staff.owner)
          if (allowed ? owner.status === 403 || owner.status >= 500 : !isStaffRefusal(owner)) {
            leaks.push(`${label} as the bakery's owner: ${owner.status} ${owner.text.slice(0, 120)}`)
          }
          // Staff read what the owner reads.
          const staff = await call(method, url, f.staff.staff)
          if (staff.status !== owner.status) leaks.push(`${label} as staff: ${staff.status}, the owner got ${owner.status}`)
        } else if (allowed?.entry.ownerOnly) {
          // Staff never change what only an owner may.
          const staff = await call(method, url, f.staff.staff, {})
          if (staff.status !== 403 || staff.json?.message !== OWNER_ONLY_MESSAGE) leaks.push(`${label} as staff: ${staff.status} ${staff.text.slice(0, 120)}`)
        }

        // A member of another bakery, on this bakery's records, with every method: refused, and nothing of them in the answer.
        const scoped = allowed && !["none", "list", "product_create"].includes(allowed.entry.scope)
        if (reads || scoped || !allowed) {
          const body = allowed?.entry.scope === "order_in_body" ? { order_id: f.ownerOrderId } : reads ? undefined : {}
          const other = await call(method, url, f.staff.otherOwner, body)
          // Off the allowlist: refused before anything runs (403), or by a route that needs no login at all (Medusa's invite acceptance).
          const refused = scoped || allowed?.entry.scope === "order_in_body" ? other.status === 404 : other.status >= 400 && other.status < 500
          const listed = reads && allowed?.entry.scope !== undefined && ["none", "list"].includes(allowed.entry.scope)
          if (listed ? other.status >= 400 && other.status !== 404 : !refused) leaks.push(`${label} as another bakery's owner: ${other.status} ${other.text.slice(0, 120)}`)
          // The 404 names the id it was asked for; anything else of the bakery's is a leak.
          const asked = `${url} ${JSON.stringify(body ?? {})}`
          const seen = secrets.filter((secret) => !asked.includes(encodeURIComponent(secret)) && !asked.includes(secret) && other.text.includes(secret))
          if (seen.length) leaks.push(`${label} as another bakery's owner shows ${seen.join(", ")}`)
        }
      }
      expect(leaks).toEqual([])
      expect(changedTables(dbBefore, await digestDomainTables(getContainer()))).toEqual([])
    })

    it.each(routeTests)("$title", async ({ routeKey, extra, callers }) => {
      const route = routeKey ? sweetspotRoutes.find((r) => key(r) === routeKey)! : null
      const routeCase = routeKey ? CASES[routeKey] : EXTRA_ROWS[extra!].case
      if (!routeCase) {
        throw new Error(`${routeKey} is in the registry but the matrix has no call for it: add one to CASES`)
      }
      for (const expected of callers) {
        try {
          await callAs(route, routeCase, extra, expected)
        } catch (error: any) {
          error.message = `as ${expected.caller} (expecting ${expected.status}): ${error.message}`
          throw error
        }
      }
    })
  },
})
