import { MedusaError } from "@medusajs/framework/utils"

type CartOwner =
  | {
      customer_id?: string | null
      /** Load `customer.has_account`: Medusa gives a guest who enters an email a customer without an account. */
      customer?: { has_account?: boolean | null } | null
      completed_at?: Date | string | null
    }
  | null
  | undefined

/**
 * A cart that belongs to a registered customer is theirs alone; to anyone else
 * (another shopper, a guest) it is as good as missing, so its existence is not
 * revealed. A guest's cart, even once it has an email (and so a guest customer),
 * stays usable by whoever holds its id, as on Medusa's own cart routes.
 */
export function assertCartAccess(cart: CartOwner, cartId: string, customerId?: string | null): asserts cart {
  const registered = Boolean(cart?.customer_id) && cart?.customer?.has_account !== false
  if (!cart || (registered && cart.customer_id !== customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  }
}

/** A completed cart is an order now: it cannot change any more. */
export function assertCartOpen(cart: NonNullable<CartOwner>, cartId: string) {
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cartId} is already completed`)
  }
}

type OrderOwner = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null } | null | undefined

/**
 * A registered customer's order is theirs alone: to anyone else it is as good as
 * missing. A guest's order (its customer has no account) stays readable by whoever
 * holds its id, as Medusa's order confirmation page expects.
 */
export function assertOrderAccess(order: OrderOwner, orderId: string, customerId?: string | null): asserts order {
  const registered = Boolean(order?.customer_id) && order?.customer?.has_account !== false
  if (!order || (registered && order.customer_id !== customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
}
