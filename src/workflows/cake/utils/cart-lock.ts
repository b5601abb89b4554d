/**
 * The lock that keeps changes to one cart from interleaving: the cart's id, the
 * key Medusa's own cart workflows lock, so theirs is skipped when they run nested
 * inside one of SweetSpot's cart workflows and waited for when they run beside it.
 */
export const cartLockKey = (cartId: string) => cartId
