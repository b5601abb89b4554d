/** A customisation holding a photo, as the orphan rule reads it. */
export type PhotoHolder = {
  id: string
  file_id: string
  updated_at: Date | string
  /** Carried by an order line: the photo is the order's now. */
  ordered: boolean
  /** Its cart, or null when the cart is gone. */
  cart: { completed_at?: Date | string | null; updated_at: Date | string } | null
}

const time = (value: Date | string) => new Date(value).getTime()

/**
 * The photos to delete: those of carts that never became orders, untouched (the
 * customisation and its cart) for `days` days. A photo on an order line, or on a
 * cart that was completed, is kept with the order.
 */
export function orphanedCakePhotos(holders: PhotoHolder[], { now, days }: { now: Date; days: number }): PhotoHolder[] {
  const cutoff = now.getTime() - days * 86400000
  return holders.filter((holder) => {
    if (holder.ordered || holder.cart?.completed_at) {
      return false
    }
    const lastTouched = Math.max(time(holder.updated_at), holder.cart ? time(holder.cart.updated_at) : 0)
    return lastTouched < cutoff
  })
}
