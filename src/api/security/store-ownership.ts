import { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertCartAccess, assertOrderAccess } from "../../workflows/checkout/rules/owner-access"
import { escapeLike } from "../utils/escape-like"

const ownerFields = ["id", "customer_id", "customer.has_account"]

/** The logged-in shopper, if any: Medusa authenticates every store request, optionally. */
const actorOf = (req: MedusaRequest) => (req as MedusaStoreRequest).auth_context?.actor_id

/** A string field of a JSON body, if it has one. */
const bodyField = (req: MedusaRequest, name: string): unknown =>
  req.body && typeof req.body === "object" ? (req.body as Record<string, unknown>)[name] : undefined

async function assertCartVisible(req: MedusaRequest, cartId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ownerFields, filters: { id: cartId } })
  assertCartAccess(cart, cartId, actorOf(req))
}

async function assertOrderVisible(req: MedusaRequest, orderId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ownerFields, filters: { id: orderId } })
  assertOrderAccess(order, orderId, actorOf(req))
}

/** Runs a check and hands its refusal to Medusa's error handler. */
const guard =
  (check: (req: MedusaRequest) => Promise<void>) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await check(req)
      next()
    } catch (error) {
      next(error)
    }
  }

/** Every route under `/store/carts/:id`: Medusa's (read, update, line items, shipping, promotions, taxes, customer, complete) and SweetSpot's. */
const cartInPath = guard((req) => assertCartVisible(req, req.params.id))

/** Every route under `/store/orders/:id`: Medusa's order page and transfers, SweetSpot's delivery. */
const orderInPath = guard((req) => assertOrderVisible(req, req.params.id))

/** A payment collection is its cart's (or, once placed, its order's). */
const paymentCollectionInPath = guard(async (req) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const id = req.params.id
  const [{ data: carts }, { data: orders }] = await Promise.all([
    query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: id } }),
    query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: id } }),
  ])
  try {
    if (carts[0]?.cart_id) {
      await assertCartVisible(req, carts[0].cart_id as string)
    }
    if (orders[0]?.order_id) {
      await assertOrderVisible(req, orders[0].order_id as string)
    }
  } catch {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment collection ${id} was not found`)
  }
})

const idsNamed = (req: MedusaRequest, name: string) =>
  new Set([req.query?.[name], bodyField(req, name)].filter((id): id is string => typeof id === "string" && id.length > 0))

/**
 * A `cart_id` in the query or body (shipping options, payment collections, delivery
 * slots) names a cart, and an `order_id` (Medusa's `POST /store/returns`, which checks
 * no one) names an order.
 */
const idsInParams = guard(async (req) => {
  for (const id of idsNamed(req, "cart_id")) {
    await assertCartVisible(req, id)
  }
  for (const id of idsNamed(req, "order_id")) {
    await assertOrderVisible(req, id)
  }
})

/**
 * Medusa gives a cart that has no customer yet the account whose email it is told,
 * so a guest typing the email of an account would hand the cart (and its order) to
 * that account and lock themselves out of it. Only that account's own login may:
 * anyone else is told to log in or use another email.
 */
const cartEmailOfAnotherAccount = guard(async (req) => {
  const email = bodyField(req, "email")
  if (typeof email !== "string" || !email.trim()) {
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (req.params?.id) {
    const { data: [cart] } = await query.graph({ entity: "cart", fields: ["customer_id"], filters: { id: req.params.id } })
    if (cart?.customer_id) {
      // A cart with a customer keeps it: Medusa attaches no account by email then.
      return
    }
  }
  const { data: [account] } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email: { $ilike: escapeLike(email.trim()) }, has_account: true },
  })
  if (account && account.id !== actorOf(req)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "email: an account uses this email address; log in to check out with it, or give another one"
    )
  }
})

/**
 * Who may touch a shopper's cart or order, on every store route that names one,
 * Medusa's own included (they do not check): a registered customer's cart, order
 * and payment collections are theirs alone, and to anyone else they answer the
 * same 404 as one that does not exist. Guests' carts and orders stay usable by
 * whoever holds the id, as in Medusa. Express matches these paths as it matches
 * the routes (case-insensitively, with or without a trailing slash), and a
 * matcher without a method covers every method and every route below it.
 */
export const storeOwnershipMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id", middlewares: [cartInPath] },
  { matcher: "/store/orders/:id", middlewares: [orderInPath] },
  { matcher: "/store/payment-collections/:id", middlewares: [paymentCollectionInPath] },
  { matcher: "/store", middlewares: [idsInParams] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [cartEmailOfAnotherAccount] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [cartEmailOfAnotherAccount] },
]
