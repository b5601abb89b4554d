import { OpeningHours } from "../../../types/bakery/opening-hours"
import { isoWeekday, zonedTimeToInstant } from "../../../utils/zoned-time"

/** Length of a delivery window. */
export const SLOT_MINUTES = 120

export type SlotBakery = {
  timezone: string
  opening_hours: OpeningHours[]
  lead_time_minutes: number
  daily_capacity: number | null
}

export type SlotRequest = {
  /** The delivery day, YYYY-MM-DD in the bakery's time zone. */
  date: string
  now: Date
  /** The longest lead time that applies (bakery's, or a cart cake's if longer). */
  lead_time_minutes: number
  /** Cakes already booked for that day by placed orders. */
  booked_cakes: number
  /** Cakes this delivery would add (1 when just browsing). */
  cakes: number
}

export type DeliveryWindow = {
  starts_at: string
  ends_at: string
  available: boolean
  /** Why a window is unavailable: "lead_time" or "capacity". */
  unavailable_reason?: "lead_time" | "capacity"
}

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(":").map(Number)
  return h * 60 + m
}
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`

/**
 * The day's delivery windows: back-to-back windows of SLOT_MINUTES inside each
 * opening period of that weekday (in the bakery's own time zone). A window is
 * unavailable when it starts before now + lead time, or when the day's capacity
 * cannot take these cakes.
 */
export function deliveryWindows(bakery: SlotBakery, request: SlotRequest): DeliveryWindow[] {
  const weekday = isoWeekday(request.date)
  const periods = bakery.opening_hours
    .filter((hours) => hours.weekday === weekday)
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
  const earliest = request.now.getTime() + request.lead_time_minutes * 60000
  const full = bakery.daily_capacity !== null && request.booked_cakes + request.cakes > bakery.daily_capacity

  const windows: DeliveryWindow[] = []
  for (const period of periods) {
    for (let start = minutesOf(period.opens); start + SLOT_MINUTES <= minutesOf(period.closes); start += SLOT_MINUTES) {
      const startsAt = zonedTimeToInstant(request.date, clockOf(start), bakery.timezone)
      const endsAt = zonedTimeToInstant(request.date, clockOf(start + SLOT_MINUTES), bakery.timezone)
      const tooSoon = startsAt.getTime() < earliest
      windows.push({
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        available: !tooSoon && !full,
        ...(tooSoon ? { unavailable_reason: "lead_time" as const } : full ? { unavailable_reason: "capacity" as const } : {}),
      })
    }
  }
  return windows
}

/** The lead time that applies to a cart: the bakery's, or its slowest cake's if longer. */
export function effectiveLeadTime(bakeryLeadMinutes: number, cakeLeadMinutes: (number | null | undefined)[]): number {
  return Math.max(bakeryLeadMinutes, ...cakeLeadMinutes.map((m) => m ?? 0))
}
