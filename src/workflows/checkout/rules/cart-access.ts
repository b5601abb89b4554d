import { MedusaError } from "@medusajs/framework/utils"

type CartOwner = { customer_id?: string | null; completed_at?: Date | string | null } | null | undefined

/**
 * A cart that belongs to a customer is theirs alone; to anyone else (another
 * shopper, a guest) it is as good as missing, so its existence is not revealed.
 */
export function assertCartAccess(cart: CartOwner, cartId: string, customerId?: string | null): asserts cart {
  if (!cart || (cart.customer_id && cart.customer_id !== customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  }
}

/** A completed cart is an order now: it cannot change any more. */
export function assertCartOpen(cart: NonNullable<CartOwner>, cartId: string) {
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cartId} is already completed`)
  }
}
