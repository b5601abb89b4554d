import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { balanceDueAt, cancellationDeadline, currencyDecimals } from "../rules/deposit"

/** What an order owes, as the shopper, the order widget and the bake sheet show it. */
export type OrderBalance = {
  order_id: string
  currency_code: string
  /** Captured, less refunds (Medusa's order summary `transaction_total`). */
  paid: number
  /**
   * Still owed: Medusa's order summary `pending_difference`, less payments
   * authorised but not yet captured (an order paid in full at checkout, whose
   * payment staff capture later, owes nothing); 0 once cancelled.
   */
  due: number
  /** When the balance falls due (ISO), or null for an order with nothing left to pay and no balance asked for. */
  due_at: string | null
  /** The payment collection the balance is paid through, once the balance job has made it. */
  payment_collection_id: string | null
  /**
   * A payment on that collection authorised but not captured (a provider's webhook,
   * e.g. Stripe's, authorised it before the pay route was called): counted as paid in
   * `due`, but the card is only held until it is captured. Not shown on any route.
   */
  held_payment_id: string | null
  /** Something is still owed and its due time has passed: the bakery should collect it on the day. */
  unpaid_at_cutoff: boolean
  /** Until when the shopper may cancel online (ISO), or null when they cannot. */
  cancel_until: string | null
  /** The booked slot's start (ISO), when the order has one. */
  slot_starts_at: string | null
  cancelled: boolean
}

/** The lock a change of an order's balance payment runs under (the balance job, the pay route): one at a time per order. */
export const orderBalanceLockKey = (orderId: string) => `order-balance:${orderId}`

export const orderBalanceFields = [
  "id",
  "status",
  "currency_code",
  "total",
  "summary.*",
  "delivery_slot.starts_at",
  "bakery.balance_due_days",
  "bakery.timezone",
  "bakery.cancellation_window_hours",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.created_at",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

const round = (amount: number, currencyCode: string) => {
  const scale = 10 ** currencyDecimals(currencyCode)
  return Math.round(amount * scale) / scale
}

/**
 * What each order owes (paid, due, when, through which payment collection), from
 * Medusa's order summary, so it always agrees with it. Reusable wherever orders
 * are listed (order widget, bake sheet): one query for the orders, one for the
 * cart links, whatever their number. Orders not found are left out of the map.
 */
export async function orderBalance(container: MedusaContainer, orderIds: string[], now: Date = new Date()): Promise<Map<string, OrderBalance>> {
  const balances = new Map<string, OrderBalance>()
  if (!orderIds.length) {
    return balances
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: orderBalanceFields, filters: { id: [...new Set(orderIds)] } })
  const collectionIds = orders.flatMap((order: any) => (order.payment_collections ?? []).filter(Boolean).map((pc: any) => pc.id))
  const checkoutCollections = new Set<string>()
  if (collectionIds.length) {
    const { data: links } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["payment_collection_id"],
      filters: { payment_collection_id: collectionIds },
    })
    links.forEach((link: any) => checkoutCollections.add(link.payment_collection_id))
  }
  for (const order of orders as any[]) {
    balances.set(order.id, balanceOf(order, checkoutCollections, now))
  }
  return balances
}

/** One order's balance, from the fields in `orderBalanceFields` (pure: unit tests call it). */
export function balanceOf(order: any, checkoutCollections: Set<string>, now: Date): OrderBalance {
  const currency = String(order.currency_code)
  const summary = order.summary ?? {}
  const paid = round(Number(summary.transaction_total ?? summary.paid_total ?? 0), currency)
  const cancelled = order.status === "canceled"
  const authorized = (order.payment_collections ?? [])
    .flatMap((pc: any) => pc?.payments ?? [])
    .filter((payment: any) => payment && !payment.captured_at && !payment.canceled_at)
    .reduce((total: number, payment: any) => total + Number(payment.amount ?? 0), 0)
  const pending = Number(summary.pending_difference ?? Number(order.total) - paid)
  const due = cancelled ? 0 : Math.max(0, round(pending - authorized, currency))
  const balanceCollection = (order.payment_collections ?? [])
    .filter((pc: any) => pc && !checkoutCollections.has(pc.id) && pc.status !== "canceled")
    .sort((a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0]
  const slotStart = order.delivery_slot?.starts_at ? new Date(order.delivery_slot.starts_at) : null
  const dueAt = slotStart && (due > 0 || balanceCollection) ? balanceDueAt(slotStart, order.bakery?.balance_due_days, order.bakery?.timezone ?? "UTC") : null
  const deadline = slotStart && !cancelled ? cancellationDeadline(slotStart, order.bakery?.cancellation_window_hours) : null
  return {
    order_id: order.id,
    currency_code: currency,
    paid,
    due,
    due_at: dueAt ? dueAt.toISOString() : null,
    payment_collection_id: balanceCollection?.id ?? null,
    held_payment_id: (balanceCollection?.payments ?? []).find((p: any) => p && !p.captured_at && !p.canceled_at)?.id ?? null,
    unpaid_at_cutoff: due > 0 && !!dueAt && now.getTime() >= dueAt.getTime(),
    cancel_until: deadline ? deadline.toISOString() : null,
    slot_starts_at: slotStart ? slotStart.toISOString() : null,
    cancelled,
  }
}
