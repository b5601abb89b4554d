import { OpeningHours } from "../../../types/bakery/opening-hours"
import type { DayBookings } from "../../../types/delivery/day-bookings"
import { addDays, isoWeekday, zonedClock, zonedDate, zonedDayClock } from "../../../utils/zoned-time"

/** Length of a delivery (or collection) window. */
export const SLOT_MINUTES = 120

export type SlotBakery = {
  timezone: string
  opening_hours: OpeningHours[]
  lead_time_minutes: number
  daily_capacity: number | null
  /** Cakes per window, on top of the day's capacity; null = unlimited. */
  window_capacity: number | null
  /** "HH:MM" in the bakery's time zone: once past, the next day can no longer be booked. */
  order_cutoff: string | null
}

/** Days a bakery takes no orders for, both ends included (YYYY-MM-DD in its time zone). */
export type Closure = { from: string; to: string; reason: string | null }

export type { DayBookings }

export const NO_BOOKINGS: DayBookings = { total: 0, by_window: {} }

/**
 * Why a window cannot be booked, most telling first: it has started (`past`), the
 * bakery is closed that day (`closed`), it is too soon to bake (`lead_time`), the
 * day's orders closed at the cut-off (`cutoff`), or the day or window is `full`.
 */
export const UNAVAILABLE_REASONS = ["past", "closed", "lead_time", "cutoff", "full"] as const
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number]

export type SlotRequest = {
  /** The day, YYYY-MM-DD in the bakery's time zone. */
  date: string
  now: Date
  /** The longest lead time that applies (bakery's, or a cart cake's if longer). */
  lead_time_minutes: number
  /** Cakes already booked that day. */
  bookings: DayBookings
  /** Cakes this order would add (1 when just browsing). */
  cakes: number
  /** The bakery's closures; only those covering `date` count. */
  closures: Closure[]
}

export type DeliveryWindow = {
  starts_at: string
  ends_at: string
  available: boolean
  unavailable_reason?: UnavailableReason
  /** With `closed` because of a closure: the reason staff gave. */
  closure_reason?: string | null
}

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(":").map(Number)
  return h * 60 + m
}
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`

/** The closure covering a day, if any. */
export function closureOn(closures: Closure[], date: string): Closure | undefined {
  return closures.find((closure) => closure.from <= date && date <= closure.to)
}

/**
 * Whether the cut-off has closed a day: once the bakery's clock passes
 * `order_cutoff`, today and tomorrow can no longer be booked.
 */
export function pastCutoff(bakery: Pick<SlotBakery, "timezone" | "order_cutoff">, date: string, now: Date): boolean {
  if (!bakery.order_cutoff) return false
  const today = zonedDate(now, bakery.timezone)
  return date <= addDays(today, 1) && zonedClock(now, bakery.timezone) >= bakery.order_cutoff
}

/**
 * The day's windows: back-to-back windows of SLOT_MINUTES inside each opening
 * period of that weekday (in the bakery's own time zone, so a DST day is read on
 * the clocks the bakery sees), each available or not with one reason
 * (UNAVAILABLE_REASONS, in that order of precedence).
 */
export function deliveryWindows(bakery: SlotBakery, request: SlotRequest): DeliveryWindow[] {
  const weekday = isoWeekday(request.date)
  const periods = bakery.opening_hours
    .filter((hours) => hours.weekday === weekday)
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
  const now = request.now.getTime()
  const earliest = now + request.lead_time_minutes * 60000
  const closure = closureOn(request.closures, request.date)
  const cutoff = pastCutoff(bakery, request.date, request.now)
  const dayFull = bakery.daily_capacity !== null && request.bookings.total + request.cakes > bakery.daily_capacity
  const at = zonedDayClock(request.date, bakery.timezone)

  const windows: DeliveryWindow[] = []
  for (const period of periods) {
    for (let start = minutesOf(period.opens); start + SLOT_MINUTES <= minutesOf(period.closes); start += SLOT_MINUTES) {
      const startsAt = at(clockOf(start))
      const endsAt = at(clockOf(start + SLOT_MINUTES))
      const starts_at = startsAt.toISOString()
      const windowFull =
        bakery.window_capacity !== null && (request.bookings.by_window[starts_at] ?? 0) + request.cakes > bakery.window_capacity
      const reason: UnavailableReason | undefined =
        startsAt.getTime() <= now
          ? "past"
          : closure
            ? "closed"
            : startsAt.getTime() < earliest
              ? "lead_time"
              : cutoff
                ? "cutoff"
                : dayFull || windowFull
                  ? "full"
                  : undefined
      windows.push({
        starts_at,
        ends_at: endsAt.toISOString(),
        available: !reason,
        ...(reason ? { unavailable_reason: reason } : {}),
        ...(reason === "closed" ? { closure_reason: closure!.reason } : {}),
      })
    }
  }
  return windows
}

export type CalendarDay = {
  date: string
  available_windows: number
  /** Why nothing can be booked that day (only when `available_windows` is 0): the last window's reason, or `closed` when the bakery does not open. */
  reason?: UnavailableReason
  closure_reason?: string | null
}

/**
 * A date picker's month: each day from `from` to `to` summed up from exactly the
 * windows deliveryWindows gives for it, so a day reads the same here as in the
 * day's listing.
 */
export function calendarDays(
  bakery: SlotBakery,
  request: Omit<SlotRequest, "date" | "bookings"> & { from: string; to: string; bookings: Record<string, DayBookings> }
): CalendarDay[] {
  const days: CalendarDay[] = []
  for (let date = request.from; date <= request.to; date = addDays(date, 1)) {
    const windows = deliveryWindows(bakery, { ...request, date, bookings: request.bookings[date] ?? NO_BOOKINGS })
    const available_windows = windows.filter((window) => window.available).length
    const last = windows[windows.length - 1]
    const closure = closureOn(request.closures, date)
    const reason = available_windows ? undefined : (last?.unavailable_reason ?? "closed")
    days.push({
      date,
      available_windows,
      ...(reason ? { reason } : {}),
      ...(reason === "closed" && closure ? { closure_reason: closure.reason } : {}),
    })
  }
  return days
}

/** The lead time that applies to a cart: the bakery's, or its slowest cake's if longer. */
export function effectiveLeadTime(bakeryLeadMinutes: number, cakeLeadMinutes: (number | null | undefined)[]): number {
  return Math.max(bakeryLeadMinutes, ...cakeLeadMinutes.map((m) => m ?? 0))
}
