import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { z } from "@medusajs/framework/zod"
import { CreateCart, StoreAddCartLineItem, StoreAddCartPromotions, StoreGetCartsCart, StoreUpdateCartLineItem, UpdateCart } from "@medusajs/medusa/api/store/carts/validators"
import { StoreGetOrderParams } from "@medusajs/medusa/api/store/orders/validators"
import { StoreCreatePaymentCollection } from "@medusajs/medusa/api/store/payment-collections/validators"
import { StoreGetShippingOptions } from "@medusajs/medusa/api/store/shipping-options/validators"
import { openApiPath } from "../../src/api/openapi/build-openapi"
import { sweetspotRoutes } from "../../src/api/openapi/document"
import { ApiRouteDocs } from "../../src/api/utils/api-route"
import { adminHeaders } from "../helpers/admin-headers"
import { fulfilOrder } from "../helpers/dispatch"
import { driverBearer, registerDriver } from "../helpers/driver"
import { useEnv } from "../helpers/env"
import { eventually } from "../helpers/eventually"
import { BAD_IDS, BadInput, badBodies, badQueries, Payload, queryString, sameCheck, show } from "../helpers/bad-inputs"
import { changedTables, DbDigest, digestDomainTables } from "../helpers/db-digest"
import { seedDemoShop } from "../helpers/demo-shop"
import { pngImage } from "../helpers/images"
import { settleWorkflows } from "../helpers/settle"
import { firstEventOf } from "../helpers/sse"
import { bookFirstSlot, checkout, createCart, firstAvailableSlot, LONDON_ADDRESS, registerShopper } from "../helpers/shopper"

jest.setTimeout(240 * 1000)

// A driver's position recomputes their ETAs once (in the fixture), never behind a swept request, whose
// write would then land after the sweep looked at the database.
useEnv({ ETA_DRIVER_MIN_INTERVAL_SECONDS: "86400" })

type Fixture = {
  owner: Record<string, string>
  admin: Record<string, string>
  /** A driver of the bakery carrying the owner's order (picked up), so position reports are accepted. */
  driver: Record<string, string>
  driverId: string
  regionId: string
  bakeryId: string
  productId: string
  variantId: string
  /** Another cake of the same bakery, added through Medusa's line-item route. */
  otherVariantId: string
  cartId: string
  lineId: string
  /** Cake lines for the photo routes: one without a photo (uploads, removals), one with a photo to read. */
  photoLineId: string
  readLineId: string
  slotStartsAt: string
  orderId: string
  /** The order's cake, with a photo. */
  orderItemId: string
  /** A second order of the owner, never prepared: staff may cancel it. */
  cancelOrderId: string
}

/** A photo upload's multipart body, made anew for each request. */
const photoUpload = () => {
  const form = new FormData()
  form.append("file", new Blob([pngImage()], { type: "image/png" }), "cake.png")
  return form
}

/** The parts of a route the sweep reads: SweetSpot's from the registry, Medusa's written out below. */
type SweptRoute = {
  method: "get" | "post" | "delete"
  /** OpenAPI style: `/store/bakeries/{id}`. */
  path: string
  status: number
  query?: z.ZodType
  body?: { name: string; schema: z.ZodType }
  /** A Server-Sent Events route: an accepted request is read up to its first event, then closed. */
  stream?: boolean
}

/** A documented route as the sweep reads it. */
const swept = (route: ApiRouteDocs): SweptRoute => ({
  method: route.method.toLowerCase() as SweptRoute["method"],
  path: openApiPath(route.matcher),
  status: 200,
  query: route.query,
  body: route.body ? { name: route.matcher, schema: route.body } : undefined,
  stream: !!route.stream,
})

/** How to call a route on real resources, as the caller it is for, with a valid input the sweep changes one field of. */
type Target = {
  as: "owner" | "admin" | "driver"
  params: (f: Fixture, n: number) => Record<string, string> | Promise<Record<string, string>>
  query?: (f: Fixture) => Payload
  body?: (f: Fixture) => Payload
  /** Example elements for arrays of objects, so their fields are swept too. */
  samples?: Payload
  /** Makes the n-th request's body unique where the route needs that (a new bakery's name). */
  unique?: (body: unknown, n: number) => unknown
  /** A multipart body for a route that takes an upload instead of JSON (sent with every request but raw ones). */
  form?: () => FormData
}

const key = (route: Pick<SweptRoute, "method" | "path">) => `${route.method.toUpperCase()} ${route.path}`
const tomorrow = () => new Date(Date.now() + 86400000).toISOString().slice(0, 10)
const openingHours = [{ weekday: 1, opens: "09:00", closes: "17:00" }]
const deliveryFees = [{ currency_code: "gbp", base: 3, per_km: 0.5, free_over: 60 }]

/** One entry per registry route with a query or body validator; a missing one fails its test. */
const TARGETS: Record<string, Target> = {
  "GET /store/bakeries": { as: "owner", params: () => ({}) },
  "GET /store/bakeries/{id}": { as: "owner", params: (f) => ({ id: f.bakeryId }) },
  "GET /store/bakeries/{id}/delivery-slots": { as: "owner", params: (f) => ({ id: f.bakeryId }), query: () => ({ date: tomorrow() }) },
  "GET /store/bakeries/{id}/calendar": {
    as: "owner",
    params: (f) => ({ id: f.bakeryId }),
    query: () => ({ from: tomorrow(), to: tomorrow(), fulfillment: "delivery" }),
  },
  "GET /store/cakes": { as: "owner", params: () => ({}) },
  "GET /store/cakes/{id}": { as: "owner", params: (f) => ({ id: f.productId }) },
  "POST /store/carts/{id}/cakes": {
    as: "owner",
    params: (f) => ({ id: f.cartId }),
    body: (f) => ({ variant_id: f.variantId, quantity: 1, customization: { message: "Happy birthday" } }),
  },
  "POST /store/carts/{id}/cakes/{line_id}": {
    as: "owner",
    params: (f) => ({ id: f.cartId, line_id: f.lineId }),
    body: () => ({ quantity: 2 }),
    samples: { customization: { message: "Happy birthday" } },
  },
  "POST /store/carts/{id}/cakes/{line_id}/photo": { as: "owner", params: (f) => ({ id: f.cartId, line_id: f.photoLineId }), form: photoUpload },
  "DELETE /store/carts/{id}/cakes/{line_id}/photo": { as: "owner", params: (f) => ({ id: f.cartId, line_id: f.photoLineId }) },
  "GET /store/carts/{id}/cakes/{line_id}/photo": { as: "owner", params: (f) => ({ id: f.cartId, line_id: f.readLineId }) },
  "GET /store/orders/{id}/items/{item_id}/photo": { as: "owner", params: (f) => ({ id: f.orderId, item_id: f.orderItemId }) },
  "GET /admin/orders/{id}/items/{item_id}/photo": { as: "admin", params: (f) => ({ id: f.orderId, item_id: f.orderItemId }) },
  "POST /store/carts/{id}/delivery-slot": { as: "owner", params: (f) => ({ id: f.cartId }), body: (f) => ({ starts_at: f.slotStartsAt }) },
  "GET /store/customers/me/cake-customizations": { as: "owner", params: () => ({}) },
  "GET /store/orders/{id}/delivery/stream": { as: "owner", params: (f) => ({ id: f.orderId }) },
  "GET /admin/bakeries": { as: "admin", params: () => ({}) },
  "POST /admin/bakeries": {
    as: "admin",
    params: () => ({}),
    body: () => ({ name: "Sweep Bakery" }),
    samples: { opening_hours: openingHours, delivery_fees: deliveryFees },
    unique: (body: any, n) => (body?.name === "Sweep Bakery" ? { ...body, name: `Sweep Bakery ${n}` } : body),
  },
  "GET /admin/bakeries/{id}": { as: "admin", params: (f) => ({ id: f.bakeryId }) },
  "POST /admin/bakeries/{id}": {
    as: "admin",
    params: (f) => ({ id: f.bakeryId }),
    body: () => ({ description: "Swept" }),
    samples: { opening_hours: openingHours, delivery_fees: deliveryFees },
  },
  // Every request deletes a bakery of its own, so a refused one can be told from an accepted one.
  "DELETE /admin/bakeries/{id}": { as: "admin", params: () => ({}) },
  "POST /admin/bakeries/{id}/cakes": { as: "admin", params: (f) => ({ id: f.bakeryId }), body: (f) => ({ add: [f.productId] }) },
  "GET /admin/bakeries/{id}/stats": { as: "admin", params: (f) => ({ id: f.bakeryId }) },
  "POST /admin/bakeries/{id}/closures": {
    as: "admin",
    params: (f) => ({ id: f.bakeryId }),
    body: () => ({ from: "2099-12-24", to: "2099-12-26", reason: "Christmas" }),
  },
  "POST /admin/bakeries/{id}/drivers": {
    as: "admin",
    params: (f) => ({ id: f.bakeryId }),
    body: () => ({ name: "Sweep Driver", email: "sweep-driver@vans.test" }),
    unique: (body: any, n) => (body?.email === "sweep-driver@vans.test" ? { ...body, email: `sweep-driver-${n}@vans.test` } : body),
  },
  "POST /admin/drivers/{id}": { as: "admin", params: (f) => ({ id: f.driverId }), body: () => ({ phone: "+44 7700 900123" }) },
  "GET /admin/bakeries/{id}/deliveries": { as: "admin", params: (f) => ({ id: f.bakeryId }), query: () => ({ date: tomorrow() }) },
  "POST /admin/bakeries/{id}/members": {
    as: "admin",
    params: (f) => ({ id: f.bakeryId }),
    body: () => ({ email: "sweep-member@crumb.test", role: "staff" }),
    unique: (body: any, n) => (body?.email === "sweep-member@crumb.test" ? { ...body, email: `sweep-member-${n}@crumb.test` } : body),
  },
  "GET /admin/bakeries/{id}/bake-sheet": { as: "admin", params: (f) => ({ id: f.bakeryId }), query: () => ({ date: tomorrow() }) },
  "GET /drivers/me/deliveries": { as: "driver", params: () => ({}), query: () => ({ status: "mine" }) },
  "POST /drivers/me/location": {
    as: "driver",
    params: () => ({}),
    body: () => ({ latitude: 51.52, longitude: -0.08, accuracy_m: 10, recorded_at: new Date().toISOString() }),
  },
  "GET /admin/orders/{id}/delivery/stream": { as: "admin", params: (f) => ({ id: f.orderId }) },
  "GET /store/orders/{id}/balance": { as: "owner", params: (f) => ({ id: f.orderId }) },
  // The control request cancels an order of its own (the fixture's other order is out for delivery).
  "POST /admin/orders/{id}/cancel-with-refund": { as: "admin", params: (f) => ({ id: f.cancelOrderId }), body: () => ({ refund: "none" }) },
  "POST /admin/products/{id}/cake-profile": {
    as: "admin",
    params: (f) => ({ id: f.productId }),
    body: () => ({ is_available: true }),
    samples: { shapes: [{ name: "Heart", surcharge: 5 }], toppings: [{ name: "Sprinkles", price: 2 }] },
  },
}

/**
 * Medusa's own store routes that reach the same carts and orders, swept with
 * Medusa's own validators: SweetSpot's guards (malformed input, quantities,
 * ownership, the cake rules in Medusa's workflows) must keep them from 5xx too.
 */
const MEDUSA_ROUTES: (SweptRoute & { target: Target })[] = [
  {
    method: "post",
    path: "/store/carts",
    status: 200,
    body: { name: "CreateCart", schema: CreateCart },
    target: { as: "owner", params: () => ({}), body: (f) => ({ region_id: f.regionId }), samples: { items: [{ variant_id: "x", quantity: 1 }] } },
  },
  {
    method: "post",
    path: "/store/carts/{id}",
    status: 200,
    body: { name: "UpdateCart", schema: UpdateCart },
    target: { as: "owner", params: (f) => ({ id: f.cartId }), body: () => ({ email: "sweep@sweetspot.test" }), samples: { shipping_address: LONDON_ADDRESS } },
  },
  {
    method: "get",
    path: "/store/carts/{id}",
    status: 200,
    query: StoreGetCartsCart,
    target: { as: "owner", params: (f) => ({ id: f.cartId }) },
  },
  {
    method: "post",
    path: "/store/carts/{id}/line-items",
    status: 200,
    body: { name: "StoreAddCartLineItem", schema: StoreAddCartLineItem },
    target: { as: "owner", params: (f) => ({ id: f.cartId }), body: (f) => ({ variant_id: f.otherVariantId, quantity: 1 }) },
  },
  {
    method: "post",
    path: "/store/carts/{id}/line-items/{line_id}",
    status: 200,
    body: { name: "StoreUpdateCartLineItem", schema: StoreUpdateCartLineItem },
    target: { as: "owner", params: (f) => ({ id: f.cartId, line_id: f.lineId }), body: () => ({ quantity: 2 }) },
  },
  {
    method: "post",
    path: "/store/carts/{id}/promotions",
    status: 200,
    body: { name: "StoreAddCartPromotions", schema: StoreAddCartPromotions },
    target: { as: "owner", params: (f) => ({ id: f.cartId }), body: () => ({ promo_codes: [] }) },
  },
  {
    method: "post",
    path: "/store/payment-collections",
    status: 200,
    body: { name: "StoreCreatePaymentCollection", schema: StoreCreatePaymentCollection },
    target: { as: "owner", params: () => ({}), body: (f) => ({ cart_id: f.cartId }) },
  },
  {
    method: "get",
    path: "/store/shipping-options",
    status: 200,
    query: StoreGetShippingOptions,
    target: { as: "owner", params: () => ({}), query: (f) => ({ cart_id: f.cartId }) },
  },
  {
    method: "get",
    path: "/store/orders/{id}",
    status: 200,
    query: StoreGetOrderParams,
    target: { as: "owner", params: (f) => ({ id: f.orderId }) },
  },
]

const titleOf = (route: SweptRoute) =>
  `${key(route).replace(/\{(\w+)\}/g, ":$1")}: bad ${[route.query && "queries", route.body && "bodies", route.path.includes("{") && "ids"]
    .filter(Boolean)
    .join(", ")} are 4xx and change nothing`

const validated = sweetspotRoutes.filter((route) => route.query || route.body).map(swept)
const rows = validated.map((route) => ({ routeKey: key(route), title: titleOf(route) }))
const medusaRows = MEDUSA_ROUTES.map((route, index) => ({ index, title: `Medusa's ${titleOf(route)}` }))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let f: Fixture
    /** Refused field values already sent through the same zod instance on an earlier route. */
    const sent = new Set<string>()

    // Built once: the runner snapshots the database after this and restores it before every test.
    beforeAll(async () => {
      const container = getContainer()
      const shop = await seedDemoShop(container)
      const admin = await adminHeaders(api, container)
      const owner = await registerShopper(api, shop.storeHeaders, "sweep-owner@sweetspot.test")
      const productId = shop.productIdsByHandle["chocolate-truffle-cake"]
      const bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
      const { data: cake } = await api.get(`/store/cakes/${productId}`, { headers: owner })
      const variantId = cake.cake.variants[0].id
      const { data: other } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: owner })
      // The demo's Chocolate Truffle Cake takes a photo.
      const upload = (cartId: string, lineId: string) => api.post(`/store/carts/${cartId}/cakes/${lineId}/photo`, photoUpload(), { headers: owner })
      const ordered = await createCart(api, owner, shop.regionId)
      const { data: orderedCart } = await api.post(`/store/carts/${ordered.id}/cakes`, { variant_id: variantId }, { headers: owner })
      await upload(ordered.id, orderedCart.cart.items[0].id)
      await bookFirstSlot(api, owner, bakeryId, ordered.id)
      const order = await checkout(api, owner, ordered.id, "sweep-owner@sweetspot.test")
      const toCancel = await createCart(api, owner, shop.regionId)
      await api.post(`/store/carts/${toCancel.id}/cakes`, { variant_id: variantId }, { headers: owner })
      await bookFirstSlot(api, owner, bakeryId, toCancel.id)
      const cancelOrder = await checkout(api, owner, toCancel.id, "sweep-owner@sweetspot.test")
      const cart = await createCart(api, owner, shop.regionId)
      const { data } = await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: variantId, customization: { message: "First" } }, { headers: owner })
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: variantId, customization: { message: "Photo to come" } }, { headers: owner })
      const { data: withLines } = await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: variantId, customization: { message: "Photo to read" } }, { headers: owner })
      const lineOf = (message: string) => withLines.cart.items.find((i: any) => i.cake_customization.message === message).id as string
      await upload(cart.id, lineOf("Photo to read"))
      const slot = await firstAvailableSlot(api, owner, bakeryId, cart.id)
      // A driver carrying the placed order: staff prepare it, the driver claims it and picks it up.
      const { data: van } = await api.post(`/admin/bakeries/${bakeryId}/drivers`, { name: "Sweep Van", email: "sweep-van@vans.test" }, { headers: admin })
      const driver = driverBearer(await registerDriver(api, "sweep-van@vans.test", "sweep-van-1"))
      await fulfilOrder(api, order.id, { headers: admin })
      await api.post(`/drivers/me/deliveries/${order.id}/claim`, {}, { headers: driver })
      await api.post(`/drivers/me/deliveries/${order.id}/pick-up`, {}, { headers: driver })
      // The ETAs are written by subscribers' workflows the engine does not list as running, so the fixture waits
      // for each one's result: one caught mid-flight by the snapshot would write during a later test.
      const estimate = async () => (await api.get(`/store/orders/${order.id}/delivery`, { headers: owner })).data.delivery.estimate
      await eventually("the first ETA of the picked-up order", async () => ((await estimate()) ? true : undefined))
      // Its one ETA recomputation from the van happens here, not behind a later refusal (see useEnv above).
      await api.post("/drivers/me/location", { latitude: 51.52, longitude: -0.08, recorded_at: new Date().toISOString() }, { headers: driver })
      await eventually("the ETA from the van", async () => ((await estimate())?.origin === "driver" ? true : undefined))
      f = {
        owner,
        admin,
        driver,
        driverId: van.driver.id,
        regionId: shop.regionId,
        bakeryId,
        productId,
        variantId,
        otherVariantId: other.cake.variants[0].id,
        cartId: cart.id,
        lineId: data.cart.items[0].id,
        photoLineId: lineOf("Photo to come"),
        readLineId: lineOf("Photo to read"),
        slotStartsAt: slot.starts_at,
        orderId: order.id,
        orderItemId: order.items[0].id,
        cancelOrderId: cancelOrder.id,
      }
      await settleWorkflows(utils, getContainer())
    })

    it("has a target for every registry route with a query or body validator", () => {
      expect(Object.keys(TARGETS).sort()).toEqual(validated.map(key).sort())
    })

    const freshBakery = async (n: number) => {
      const { data } = await api.post("/admin/bakeries", { name: `Doomed Bakery ${n}` }, { headers: f.admin })
      return data.bakery.id as string
    }

    /**
     * The domain tables as the last request checked to have changed nothing left them: the next
     * request's "before", as long as nothing else has written since. Forgotten at every write.
     */
    let unchangedSince: DbDigest | undefined

    /** The path parameters of the n-th request: a bakery of its own for a bakery's delete. */
    const paramsFor = async (route: SweptRoute, target: Target, n: number) => {
      if (key(route) !== "DELETE /admin/bakeries/{id}") {
        return await target.params(f, n)
      }
      unchangedSince = undefined
      return { id: await freshBakery(n) }
    }

    const send = async (
      route: SweptRoute,
      target: Target,
      n: number,
      params: Record<string, string>,
      input: { query?: Payload; body?: unknown; raw?: string; contentType?: string }
    ) => {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]))
      const search = input.query && Object.keys(input.query).length ? `?${queryString(input.query)}` : ""
      const headers = { ...f[target.as], ...(input.contentType ? { "content-type": input.contentType } : {}) }
      if (route.stream) {
        return firstEventOf(api.defaults.baseURL as string, path + search, headers)
      }
      const raw = input.raw !== undefined
      return api.request({
        method: route.method,
        url: path + search,
        headers,
        data: raw ? input.raw : target.form && input.body === undefined ? target.form() : target.unique ? target.unique(input.body, n) : input.body,
        // Raw bodies go out byte for byte; axios would otherwise re-encode text it cannot parse as JSON.
        ...(raw ? { transformRequest: [(data: unknown) => data] } : {}),
        validateStatus: () => true,
      })
    }

    /**
     * Lets subscribers of an accepted request finish, so they do not count against the next one: an event's
     * subscribers start their workflows one after another, so one check can fall between two of them
     * (`order.canceled` has three: the email, the slot's release, the list of orders out for delivery).
     */
    const settle = () => settleWorkflows(utils, getContainer())

    it.each(rows)("$title", async ({ routeKey }) => {
      const route = validated.find((r) => key(r) === routeKey)!
      const target = TARGETS[routeKey]
      if (!target) {
        throw new Error(`${routeKey} has a validator but no target in the sweep: add one to TARGETS`)
      }
      await sweep(route, target, { medusas: false })
    })

    it.each(medusaRows)("$title", async ({ index }) => {
      await sweep(MEDUSA_ROUTES[index], MEDUSA_ROUTES[index].target, { medusas: true })
    })

    /**
     * Medusa's error shape `{ type, message }`; on Medusa's own routes also the
     * `{ errors: [message] }` its publishable-key middleware answers a sales channel
     * the key does not cover with (Medusa's own answer, left as it is).
     */
    const errorShaped = (data: any, medusas: boolean) =>
      (typeof data?.type === "string" && typeof data?.message === "string") ||
      (medusas && Array.isArray(data?.errors) && data.errors.every((e: unknown) => typeof e === "string"))

    /** Sends every bad input made from the route's validators and judges each answer. */
    async function sweep(route: SweptRoute, target: Target, { medusas }: { medusas: boolean }) {
      const baseQuery = target.query?.(f) ?? {}
      const baseBody = route.body ? target.body?.(f) ?? {} : undefined

      // The valid input itself works, so the refusals below are about the field changed.
      unchangedSince = undefined
      const control = await send(route, target, 0, await paramsFor(route, target, 0), { query: baseQuery, body: baseBody })
      expect({ status: control.status, data: control.status < 300 ? "(ok)" : control.data }).toEqual({ status: route.status, data: "(ok)" })
      await settle()

      const inputs: BadInput[] = [
        ...(route.query ? badQueries(route.query, baseQuery).map((q) => ({ ...q, body: baseBody })) : []),
        ...(route.body ? badBodies(route.body.schema, baseBody!, target.samples).map((b) => ({ ...b, query: b.query ?? baseQuery })) : []),
      ]
      const problems: string[] = []
      let n = 1
      /**
       * Never a 5xx; a 4xx in Medusa's error shape that changed nothing; a 2xx only
       * for what the validator accepts. `noWrite`: nothing may change whatever the answer.
       */
      const judge = async (label: string, invalid: boolean, noWrite: boolean, params: Record<string, string>, input: BadInput) => {
        const before = unchangedSince ?? (await digestDomainTables(getContainer()))
        unchangedSince = undefined
        const response = await send(route, target, n++, params, input)
        const status = response.status
        const what = `${label} (${invalid ? "refused by the validator" : "valid for the validator"}) -> ${status}`
        if (status >= 500) {
          problems.push(`${what} ${show(response.data)}`)
        } else if (status < 400 && invalid) {
          problems.push(`${what}: accepted`)
        } else if (status >= 400 && !errorShaped(response.data, medusas)) {
          problems.push(`${what}: not Medusa's error shape: ${show(response.data)}`)
        }
        if (status < 400 && !noWrite) {
          await settle()
          return
        }
        const after = await digestDomainTables(getContainer())
        const changed = changedTables(before, after)
        if (changed.length) {
          problems.push(`${what}: changed ${changed.join(", ")}`)
        } else {
          unchangedSince = after
        }
      }

      for (const input of inputs) {
        const same = sameCheck(input)
        if (same && sent.has(same)) {
          continue
        }
        if (same) {
          sent.add(same)
        }
        // A read changes nothing whatever it answers: checked, where a write's subscribers would be waited for.
        await judge(input.label, input.invalid, route.method === "get", await paramsFor(route, target, n), input)
      }

      // Path parameters that name nothing, with the valid query and body: nothing to find, nothing to change.
      for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
        for (const id of BAD_IDS) {
          const params = { ...(await paramsFor(route, target, n)), [name]: id }
          await judge(`path ${name} = ${show(id)}`, false, true, params, { label: "", invalid: false, query: baseQuery, body: baseBody })
        }
      }
      expect(problems).toEqual([])
    }

    // Deny by default: a route with no query validator takes no query, and a POST or DELETE with no body
    // validator no body. Checked after login, so made-up ids do: the refusal comes before the route looks anything up.
    const callers: Partial<Record<ApiRouteDocs["auth"], "owner" | "admin" | "driver">> = {
      store: "owner",
      customer: "owner",
      admin: "admin",
      driver: "driver",
    }
    const unvalidated = sweetspotRoutes.filter((route) => callers[route.auth] && !route.upload && !route.stream && (!route.query || (!route.body && route.method !== "GET")))

    it("refuses a query or a body on a route that takes none", async () => {
      expect(unvalidated.length).toBeGreaterThan(10)
      const before = await digestDomainTables(getContainer())
      const problems: string[] = []
      for (const route of unvalidated) {
        // A shopper's cart and order are checked for ownership first, so those are real; staff and drivers' ids are made up.
        const real: Record<string, string> = route.matcher.startsWith("/store/orders")
          ? { id: f.orderId, item_id: f.orderItemId }
          : { id: f.cartId, line_id: f.photoLineId }
        // A private file's key has its own shape (anything else is a 404 before the login).
        const madeUp = (name: string) => (name === "key" ? "private-1-made-up.csv" : `made_up_${name}`)
        const url = route.matcher.replace(/:(\w+)/g, (_, name) => (route.auth === "store" || route.auth === "customer" ? real[name] : madeUp(name)))
        const headers = f[callers[route.auth]!]
        const tries = [
          ...(!route.query ? [{ what: "a query", url: `${url}?unexpected=1`, data: undefined }] : []),
          ...(!route.body && route.method !== "GET" ? [{ what: "a body", url, data: { unexpected: 1 } }] : []),
        ]
        for (const attempt of tries) {
          const response = await api.request({ method: route.method, url: attempt.url, data: attempt.data, headers, validateStatus: () => true })
          const refused = response.status === 400 && response.data?.type === "invalid_data" && /unexpected/.test(response.data?.message)
          if (!refused) {
            problems.push(`${route.method} ${route.matcher} with ${attempt.what} -> ${response.status} ${show(response.data)}`)
          }
        }
      }
      expect(problems).toEqual([])
      expect(changedTables(before, await digestDomainTables(getContainer()))).toEqual([])
    })

    it("refuses a 100 KB query string before it reaches Medusa", async () => {
      const before = await digestDomainTables(getContainer())
      const response = await api.get(`/store/bakeries?q=${"x".repeat(100_000)}`, { headers: f.owner, validateStatus: () => true })
      // Node answers 431 for a request head over 16 KiB, before any middleware, with no body of Medusa's.
      expect(response.status).toEqual(431)
      expect(changedTables(before, await digestDomainTables(getContainer()))).toEqual([])
    })
  },
})
