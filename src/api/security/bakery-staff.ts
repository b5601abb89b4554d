import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { matchStaffRoute, OWNER_ONLY_MESSAGE, staffFieldsProblem, staffRouteRule } from "../../workflows/bakery/rules/staff-access"
import {
  assertCustomerOfBakeries,
  assertOrderOfBakeries,
  assertPartOfOrder,
  assertPaymentCollectionOfBakeries,
  assertProductOfBakeries,
  assertProductPartsOfBakeries,
  BakeryAccess,
  bakeryCustomerIds,
  bakeryIdsOf,
  bakeryOrderIds,
  bakeryProductIds,
  driverBakeryAmong,
  loadBakeryAccess,
  ProductParts,
  roleIn,
} from "../../workflows/bakery/utils/bakery-access"

type StaffRequest = MedusaRequest & { bakeryAccess?: BakeryAccess | null }

/** The bakery access the guard found for this request: null for a platform admin (or no user at all). */
export const bakeryAccessOf = (req: MedusaRequest) => (req as StaffRequest).bakeryAccess ?? null

const pathOf = (req: MedusaRequest) => (req.originalUrl ?? req.url).split("?")[0]

/** A path segment as Express hands it to the route (a malformed escape stays as it is). */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const forbidden = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)

/** The JSON body as a record (empty when there is none). */
const bodyOf = (req: MedusaRequest) => (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, unknown>

/** A string field of a JSON body, if it has one. */
const bodyField = (req: MedusaRequest, name: string): unknown => bodyOf(req)[name]

/** The strings of a body list; anything else is left to the route's validator to refuse. */
const stringsIn = (list: unknown): string[] => (Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [])

const recordsIn = (list: unknown): Record<string, unknown>[] =>
  Array.isArray(list) ? list.filter((item): item is Record<string, unknown> => !!item && typeof item === "object") : []

/** The `key` of each record of a body list. */
const idsIn = (list: unknown, key: string) => stringsIn(recordsIn(list).map((record) => record[key]))

/** The parameters of the route a member's request reached (the guard checks its `:id` by scope). */
const pathParams = (req: MedusaRequest) => matchStaffRoute(req.method, pathOf(req))?.params ?? {}

/**
 * The variants, images and inventory items a product request names beside the cake:
 * in its path, the variants and images a batch or an update changes, and the stock
 * a new or changed variant takes.
 */
function productPartsNamed(req: MedusaRequest): ProductParts {
  const params = pathParams(req)
  const body = bodyOf(req)
  // `add` and `remove` batch the other end of a variant–image link: images under a variant, variants under an image.
  const linked = [...stringsIn(body.add), ...stringsIn(body.remove)]
  const variants = [body, ...recordsIn(body.variants), ...recordsIn(body.create), ...recordsIn(body.update)]
  return {
    variants: [
      ...stringsIn([params.variant_id]),
      ...idsIn(body.variants, "id"),
      ...idsIn(body.update, "id"),
      ...stringsIn(body.delete),
      ...(params.image_id ? linked : []),
    ],
    images: [...stringsIn([params.image_id]), ...idsIn(body.images, "id"), ...(params.variant_id ? linked : [])],
    inventory_items: variants.flatMap((variant) => idsIn(variant.inventory_items, "inventory_item_id")),
  }
}

/**
 * What an order request names beside the order: the line item or fulfillment in its
 * path is the order's own, and an order edit's new items are the member's bakeries' cakes.
 */
async function assertOrderPartsNamed(req: MedusaRequest, orderId: string, bakeryIds: string[]) {
  const { item_id, fulfillment_id } = pathParams(req)
  if (item_id) await assertPartOfOrder(req.scope, orderId, "items", item_id)
  if (fulfillment_id) await assertPartOfOrder(req.scope, orderId, "fulfillments", fulfillment_id)
  const added = idsIn(bodyOf(req).items, "variant_id")
  await assertProductPartsOfBakeries(req.scope, { variants: added, images: [], inventory_items: [] }, bakeryIds)
}

/**
 * A member attaches and detaches only the bakery's own cakes (`/admin/bakeries/:id/cakes`):
 * a new cake is the bakery's from its creation, and a cake of another bakery or of none
 * (a platform admin's) is the 404 of a missing one.
 */
async function assertCakesNamedOfBakery(req: MedusaRequest, bakeryId: string) {
  const named = [...stringsIn(bodyOf(req).add), ...stringsIn(bodyOf(req).remove)]
  if (!named.length || pathOf(req).split("/").filter(Boolean)[3] !== "cakes") {
    return
  }
  const ours = new Set(await bakeryProductIds(req.scope, [bakeryId]))
  const stranger = named.find((productId) => !ours.has(productId))
  if (stranger) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${stranger} was not found`)
  }
}

/**
 * The one `/admin` guard for bakery members. A logged-in user with no membership
 * (a platform admin), a secret API key, or a route that needs no login pass
 * untouched. A member reaches only the allowlist in `bakery/rules/staff-access.ts`
 * (everything else is a 403 that says so), and on it only their bakeries' records:
 * another bakery's bakery, order, cake, customer or driver is the 404 of a missing one,
 * and so is another bakery's (or another order's) variant, image, inventory item, line
 * item or fulfillment named in the path or the body.
 */
async function bakeryStaffGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    const method = req.method.toUpperCase()
    if (!auth?.actor_id || auth.actor_type !== "user" || method === "OPTIONS") {
      return next()
    }
    const access = await loadBakeryAccess(req.scope, auth.actor_id)
    ;(req as StaffRequest).bakeryAccess = access
    if (!access) {
      return next()
    }
    const path = pathOf(req)
    const rule = staffRouteRule(method, path, access.memberships.map((m) => m.role))
    if (!rule.allowed) {
      throw forbidden(rule.message)
    }
    const field = staffFieldsProblem(req.query?.fields)
    if (field) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The field ${field} is not available to bakery staff: it reaches other bakeries' records`)
    }
    const bakeryIds = bakeryIdsOf(access)
    const id = decoded(path.split("/").filter(Boolean)[2] ?? "")
    const ownerOf = (bakeryId: string) => {
      if (rule.ownerOnly && roleIn(access, bakeryId) !== "owner") {
        throw forbidden(OWNER_ONLY_MESSAGE)
      }
    }
    switch (rule.scope) {
      case "bakery":
        if (!bakeryIds.includes(id)) {
          throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${id} was not found`)
        }
        ownerOf(id)
        await assertCakesNamedOfBakery(req, id)
        break
      case "driver":
        ownerOf(await driverBakeryAmong(req.scope, id, bakeryIds))
        break
      case "order":
        await assertOrderOfBakeries(req.scope, id, bakeryIds)
        await assertOrderPartsNamed(req, id, bakeryIds)
        break
      case "order_in_body": {
        const orderId = bodyField(req, "order_id")
        if (typeof orderId === "string") {
          await assertOrderOfBakeries(req.scope, orderId, bakeryIds)
        }
        break
      }
      case "payment_collection":
        await assertPaymentCollectionOfBakeries(req.scope, id, bakeryIds)
        break
      case "product":
        await assertProductOfBakeries(req.scope, id, bakeryIds)
        await assertProductPartsOfBakeries(req.scope, productPartsNamed(req), bakeryIds)
        break
      case "customer":
        await assertCustomerOfBakeries(req.scope, id, bakeryIds)
        break
      case "product_create":
        await assertProductPartsOfBakeries(req.scope, productPartsNamed(req), bakeryIds)
        attachNewProductToBakery(req, access)
        break
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * A member's new product is their bakery's: `additional_data.bakery_id` (one of
 * theirs, or their first bakery when left out) is what the `productsCreated` hook
 * links it to. Another bakery's id is a 404, as everywhere.
 */
function attachNewProductToBakery(req: MedusaRequest, access: BakeryAccess) {
  const body = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, any>
  const extra = body.additional_data && typeof body.additional_data === "object" ? body.additional_data : {}
  const bakeryIds = bakeryIdsOf(access)
  const asked = extra.bakery_id
  if (asked !== undefined && !bakeryIds.includes(asked)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${asked} was not found`)
  }
  if (!bakeryIds.length) {
    throw forbidden("You are not a member of any bakery any more. Ask a platform admin.")
  }
  body.additional_data = { ...extra, bakery_id: asked ?? bakeryIds[0] }
  req.body = body
}

/** Narrows a list route's filters to the given ids (keeping an `id` filter the client sent), so counts and paging stay right. */
const narrowList =
  (idsOf: (req: MedusaRequest, bakeryIds: string[]) => Promise<string[]>) =>
  async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const access = bakeryAccessOf(req)
      if (!access) {
        return next()
      }
      const ids = await idsOf(req, bakeryIdsOf(access))
      const filters = (req.filterableFields ?? {}) as Record<string, unknown>
      const asked = filters.id
      const askedIds = typeof asked === "string" ? [asked] : Array.isArray(asked) ? (asked as string[]) : null
      // An id filter of another shape (an operator) is not narrowed safely: the member's own ids only.
      filters.id = askedIds ? askedIds.filter((id) => ids.includes(id)) : ids
      req.filterableFields = filters
      next()
    } catch (error) {
      next(error)
    }
  }

/**
 * Registered after Medusa's own (and SweetSpot's) list validators for the same
 * routes, so they narrow the filters those built.
 */
export const bakeryStaffListMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/orders", middlewares: [narrowList((req, ids) => bakeryOrderIds(req.scope, ids))] },
  { method: ["GET"], matcher: "/admin/products", middlewares: [narrowList((req, ids) => bakeryProductIds(req.scope, ids))] },
  { method: ["GET"], matcher: "/admin/customers", middlewares: [narrowList((req, ids) => bakeryCustomerIds(req.scope, ids))] },
  { method: ["GET"], matcher: "/admin/bakeries", middlewares: [narrowList(async (_req, ids) => ids)] },
]

/** The global guard: before every `/admin` route's own middlewares (Medusa's authentication has run). */
export const bakeryStaffMiddlewares: MiddlewareRoute[] = [{ matcher: "/admin/*", middlewares: [bakeryStaffGuard] }]
