/** The lock every driver action on one order takes, so a claim, a release and a pick-up never interleave. */
export const deliveryLockKey = (orderId: string) => `delivery-assignment:${orderId}`

/** Seconds to wait for it, and how long a crashed holder keeps it. */
export const DELIVERY_LOCK = { timeout: 15, ttl: 60 }
