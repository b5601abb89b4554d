import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OWNER_ONLY_MESSAGE, staffFieldsProblem, staffRouteRule } from "../../workflows/bakery/rules/staff-access"
import {
  assertCustomerOfBakeries,
  assertOrderOfBakeries,
  assertPaymentCollectionOfBakeries,
  assertProductOfBakeries,
  BakeryAccess,
  bakeryCustomerIds,
  bakeryIdsOf,
  bakeryOrderIds,
  bakeryProductIds,
  driverBakeryAmong,
  loadBakeryAccess,
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

/** A string field of a JSON body, if it has one. */
const bodyField = (req: MedusaRequest, name: string): unknown =>
  req.body && typeof req.body === "object" ? (req.body as Record<string, unknown>)[name] : undefined

/**
 * The one `/admin` guard for bakery members. A logged-in user with no membership
 * (a platform admin), a secret API key, or a route that needs no login pass
 * untouched. A member reaches only the allowlist in `bakery/rules/staff-access.ts`
 * (everything else is a 403 that says so), and on it only their bakeries' records:
 * another bakery's bakery, order, cake, customer or driver is the 404 of a missing one.
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
        break
      case "driver":
        ownerOf(await driverBakeryAmong(req.scope, id, bakeryIds))
        break
      case "order":
        await assertOrderOfBakeries(req.scope, id, bakeryIds)
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
        break
      case "customer":
        await assertCustomerOfBakeries(req.scope, id, bakeryIds)
        break
      case "product_create":
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
