import { MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The largest value PostgreSQL's `integer` holds: a cart line's quantity column. */
export const MAX_INTEGER = 2147483647

/**
 * Where a quantity in a cart body is not a whole number in range, as
 * `items[1].quantity`, or null. Medusa's validators take any number, and a
 * quantity past PostgreSQL's integer range fails in the database as a 500.
 */
export function badQuantity(body: any, min: number): string | null {
  const check = (value: unknown, path: string) =>
    value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_INTEGER) ? path : null
  if (!body || typeof body !== "object") {
    return null
  }
  const own = check(body.quantity, "quantity")
  if (own) {
    return own
  }
  const items = Array.isArray(body.items) ? body.items : []
  for (let i = 0; i < items.length; i++) {
    const found = check(items[i]?.quantity, `items[${i}].quantity`)
    if (found) {
      return found
    }
  }
  return null
}

const refuseBadQuantity =
  (min: number) => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const field = badQuantity(req.body, min)
    if (field) {
      return next(
        new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be a whole number from ${min} to ${MAX_INTEGER}`)
      )
    }
    next()
  }

/** Medusa's cart routes that take quantities: adding needs at least 1, a change may be 0 (removes the line). */
export const cartQuantitiesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [refuseBadQuantity(1)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [refuseBadQuantity(1)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [refuseBadQuantity(0)] },
]
