/**
 * Wall-clock time in an IANA zone <-> instants, with the platform's time-zone
 * data (Intl), so a bakery's "09:00" is 09:00 where the bakery is, DST included.
 */

/**
 * One formatter per kind and zone, made once: building an Intl.DateTimeFormat
 * costs far more than using one (a month's windows would build hundreds).
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: "parts" | "date" | "clock", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone}`
  let made = formatters.get(key)
  if (!made) {
    made =
      kind === "parts"
        ? new Intl.DateTimeFormat("en-US", {
            timeZone,
            hourCycle: "h23",
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
            hour: "2-digit",
            minute: "2-digit",
            second: "2-digit",
          })
        : kind === "date"
          ? new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
          : new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" })
    formatters.set(key, made)
  }
  return made
}

/** Minutes the zone is ahead of UTC at `instant`. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter("parts", timeZone).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000)
}

/** The instant at which the clocks in `timeZone` show `date` (YYYY-MM-DD) `time` (HH:MM). */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number)
  const [hh, mm] = time.split(":").map(Number)
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm)
  // Two passes settle the offset on either side of a DST change.
  let instant = wallAsUtc - offsetMinutes(new Date(wallAsUtc), timeZone) * 60000
  instant = wallAsUtc - offsetMinutes(new Date(instant), timeZone) * 60000
  return new Date(instant)
}

/** The calendar date (YYYY-MM-DD) the clocks in `timeZone` show at `instant`. */
export function zonedDate(instant: Date, timeZone: string): string {
  return formatter("date", timeZone).format(instant)
}

/** ISO weekday (Monday = 1 … Sunday = 7) of a calendar date. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number)
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return day === 0 ? 7 : day
}

/** Whether `date` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false
  const [y, m, d] = date.split("-").map(Number)
  const parsed = new Date(Date.UTC(y, m - 1, d))
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d
}

/** The wall-clock time (HH:MM, 24-hour) the clocks in `timeZone` show at `instant`. */
export function zonedClock(instant: Date, timeZone: string): string {
  return formatter("clock", timeZone).format(instant)
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Days from `from` to `to`, both included (1 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000) + 1
}

/**
 * zonedTimeToInstant for many times of one day: the day's offset is looked up
 * once when the clocks do not change that day (every day but two a year), and
 * time by time on the days they do.
 */
export function zonedDayClock(date: string, timeZone: string): (time: string) => Date {
  const [y, m, d] = date.split("-").map(Number)
  const midnight = Date.UTC(y, m - 1, d)
  const before = offsetMinutes(new Date(midnight - 14 * 3600000), timeZone)
  const after = offsetMinutes(new Date(midnight + 38 * 3600000), timeZone)
  if (before !== after) {
    return (time) => zonedTimeToInstant(date, time, timeZone)
  }
  return (time) => {
    const [hh, mm] = time.split(":").map(Number)
    return new Date(midnight + (hh * 60 + mm - before) * 60000)
  }
}
