import { domainConflict } from "../../../errors/domain-conflict"
import { DepositTerms } from "../../../types/bakery/deposit"
import { addDays, zonedClock, zonedDate, zonedTimeToInstant } from "../../../utils/zoned-time"

const HOUR_MS = 60 * 60 * 1000

/** How staff may settle money when they cancel an order. */
export const STAFF_REFUND_CHOICES = ["full", "deposit_kept", "none"] as const
export type StaffRefundChoice = (typeof STAFF_REFUND_CHOICES)[number]

/** A bakery's deposit and cancellation terms, as stored. */
export type BakeryDepositTerms = {
  deposit?: DepositTerms | null
  balance_due_days?: number | null
  cancellation_window_hours?: number | null
}

const clampPercent = (percent: number | null | undefined) =>
  typeof percent === "number" && Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : null

/**
 * The share of an order paid at checkout: each cake's own deposit when its
 * profile sets one, else the bakery's; with cakes that differ, the highest
 * share applies to the whole order (one payment, one balance). 0 = in full.
 */
export function depositPercent(bakery: DepositTerms | null | undefined, cakeDeposits: (DepositTerms | null | undefined)[]): number {
  const fallback = clampPercent(bakery?.percent) ?? 0
  const shares = cakeDeposits.length ? cakeDeposits.map((own) => clampPercent(own?.percent) ?? fallback) : [fallback]
  return Math.max(...shares)
}

/** Whether a share means a deposit at all (0 and 100 both mean paying everything at checkout). */
export const takesDeposit = (percent: number) => percent > 0 && percent < 100

/** Digits after the decimal point of a currency's minor unit (JPY 0, GBP 2, KWD 3). */
export function currencyDecimals(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/**
 * What the shopper pays at checkout: `percent` of `total`, rounded half up to
 * the currency's minor unit, in the main unit as Medusa stores amounts. No
 * deposit (0 or 100) is the whole total.
 */
export function depositAmount(total: number, percent: number, currencyCode: string): number {
  if (!takesDeposit(percent)) {
    return total
  }
  const scale = 10 ** currencyDecimals(currencyCode)
  const totalMinor = Math.round(total * scale)
  return Math.round((totalMinor * percent) / 100) / scale
}

/** Whether two amounts in one currency are the same to its minor unit. */
export function sameAmount(a: number, b: number, currencyCode: string): boolean {
  const scale = 10 ** currencyDecimals(currencyCode)
  return Math.round(Number(a) * scale) === Math.round(Number(b) * scale)
}

/**
 * When the balance is due: `balance_due_days` calendar days before the slot, at the
 * slot's wall-clock time where the bakery is (0 = at the slot). Across a clock change
 * that is 23 or 25 hours a day, not 24: "three days before a 10:00 slot" is 10:00.
 */
export function balanceDueAt(slotStartsAt: Date, balanceDueDays: number | null | undefined, timeZone: string): Date {
  const days = Math.max(0, balanceDueDays ?? 0)
  if (!days) {
    return slotStartsAt
  }
  return zonedTimeToInstant(addDays(zonedDate(slotStartsAt, timeZone), -days), zonedClock(slotStartsAt, timeZone), timeZone)
}

/** The last moment a shopper may cancel, or null when the bakery lets only staff cancel. */
export function cancellationDeadline(slotStartsAt: Date, windowHours: number | null | undefined): Date | null {
  if (windowHours === null || windowHours === undefined) {
    return null
  }
  return new Date(slotStartsAt.getTime() - windowHours * HOUR_MS)
}

/** A shopper's cancellation: refused (409, naming the deadline) once the window has closed. */
export function assertShopperMayCancel(now: Date, deadline: Date | null, orderId: string): void {
  if (!deadline) {
    throw domainConflict(`Order ${orderId} cannot be cancelled online: contact the bakery`)
  }
  if (now.getTime() > deadline.getTime()) {
    throw domainConflict(
      `Order ${orderId} could be cancelled until ${deadline.toISOString()}; the window has closed: contact the bakery`
    )
  }
}

/**
 * What goes back to the shopper when an order is cancelled: everything captured
 * (`full`), everything but the deposit (`deposit_kept`), or nothing (`none`).
 */
export function refundAmount(choice: StaffRefundChoice, captured: number, deposit: number, currencyCode: string): number {
  const scale = 10 ** currencyDecimals(currencyCode)
  const capturedMinor = Math.max(0, Math.round(captured * scale))
  switch (choice) {
    case "full":
      return capturedMinor / scale
    case "deposit_kept":
      return Math.max(0, capturedMinor - Math.round(deposit * scale)) / scale
    case "none":
      return 0
  }
}

/** A payment of an order as cancellation reads it (amounts in the main unit). */
export type CancelPayment = {
  id: string
  payment_collection_id: string
  /** Captured less refunded: what can still go back. */
  refundable: number
  captured: boolean
  canceled: boolean
}

export type CancellationPlan = {
  refunds: { payment_id: string; amount: number }[]
  /** Authorised, never captured: cancelled with the provider, nothing to refund. */
  uncaptured_payment_ids: string[]
  refunded: number
  /** Captured and kept by the bakery. */
  kept: number
}

/**
 * Which payments give back how much when an order is cancelled with `choice`.
 * The deposit is what checkout captured on a deposit order (0 for an order paid
 * in full); balance payments are refunded before the deposit.
 */
export function planCancellation(
  payments: CancelPayment[],
  checkoutCollectionIds: Set<string>,
  choice: StaffRefundChoice,
  deposit: number,
  currencyCode: string
): CancellationPlan {
  const scale = 10 ** currencyDecimals(currencyCode)
  const captured = payments.filter((p) => p.captured && !p.canceled)
  const capturedMinor = captured.reduce((sum, p) => sum + Math.round(p.refundable * scale), 0)
  let leftMinor = Math.round(refundAmount(choice, capturedMinor / scale, deposit, currencyCode) * scale)
  const refundedMinor = leftMinor
  const ordered = [...captured].sort(
    (a, b) => Number(checkoutCollectionIds.has(a.payment_collection_id)) - Number(checkoutCollectionIds.has(b.payment_collection_id))
  )
  const refunds: CancellationPlan["refunds"] = []
  for (const payment of ordered) {
    const take = Math.min(leftMinor, Math.round(payment.refundable * scale))
    if (take > 0) {
      refunds.push({ payment_id: payment.id, amount: take / scale })
      leftMinor -= take
    }
  }
  return {
    refunds,
    uncaptured_payment_ids: payments.filter((p) => !p.captured && !p.canceled).map((p) => p.id),
    refunded: refundedMinor / scale,
    kept: (capturedMinor - refundedMinor) / scale,
  }
}
