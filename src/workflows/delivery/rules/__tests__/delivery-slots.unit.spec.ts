import { calendarDays, Closure, deliveryWindows, effectiveLeadTime, SlotBakery } from "../delivery-slots"
import { checkSlot } from "../check-slot"
import { addDays, isCalendarDate, isoWeekday, zonedClock, zonedDate, zonedDayClock, zonedTimeToInstant } from "../../../../utils/zoned-time"

const london: SlotBakery = {
  timezone: "Europe/London",
  opening_hours: [
    { weekday: 3, opens: "09:00", closes: "15:00" }, // Wednesday
    { weekday: 6, opens: "10:00", closes: "12:00" }, // Saturday
    { weekday: 6, opens: "14:00", closes: "17:00" },
  ],
  lead_time_minutes: 240,
  daily_capacity: 10,
  window_capacity: null,
  order_cutoff: null,
}
const monday = new Date("2026-11-30T08:00:00Z")
const none = { total: 0, by_window: {} }
const request = { date: "2026-12-02", now: monday, lead_time_minutes: 240, bookings: none, cakes: 1, closures: [] }
const reasons = (windows: { unavailable_reason?: string }[]) => windows.map((w) => w.unavailable_reason)

describe("deliveryWindows", () => {
  it("cuts the day's opening hours into two-hour windows", () => {
    expect(deliveryWindows(london, request).map((w) => [w.starts_at, w.ends_at])).toEqual([
      ["2026-12-02T09:00:00.000Z", "2026-12-02T11:00:00.000Z"],
      ["2026-12-02T11:00:00.000Z", "2026-12-02T13:00:00.000Z"],
      ["2026-12-02T13:00:00.000Z", "2026-12-02T15:00:00.000Z"],
    ])
  })

  it("offers nothing on a closed day and no window that would run past closing", () => {
    expect(deliveryWindows(london, { ...request, date: "2026-12-01" })).toEqual([])
    // Saturday: 10-12, then 14-16 (16-17 is too short for a window)
    expect(deliveryWindows(london, { ...request, date: "2026-12-05" }).map((w) => w.starts_at)).toEqual([
      "2026-12-05T10:00:00.000Z",
      "2026-12-05T14:00:00.000Z",
    ])
  })

  it("reads opening hours in the bakery's own time zone, summer time included", () => {
    const summer = deliveryWindows(london, { ...request, date: "2026-07-01", now: new Date("2026-06-01T00:00:00Z") })
    expect(summer[0].starts_at).toEqual("2026-07-01T08:00:00.000Z")
    const tokyo = { ...london, timezone: "Asia/Tokyo" }
    expect(deliveryWindows(tokyo, { ...request, now: new Date("2026-11-01T00:00:00Z") })[0].starts_at).toEqual("2026-12-02T00:00:00.000Z")
  })

  it("keeps two-hour windows on the days the clocks change", () => {
    const everyDay = { ...london, opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "00:00", closes: "06:00" })) }
    const at = (date: string) => deliveryWindows(everyDay, { ...request, date, now: new Date("2026-01-01T00:00:00Z") })
    // 29 March 2026: 01:00 GMT becomes 02:00 BST. 00:00-02:00 lasts one real hour.
    expect(at("2026-03-29").map((w) => [w.starts_at, w.ends_at])).toEqual([
      ["2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z"],
      ["2026-03-29T01:00:00.000Z", "2026-03-29T03:00:00.000Z"],
      ["2026-03-29T03:00:00.000Z", "2026-03-29T05:00:00.000Z"],
    ])
    // 25 October 2026: 02:00 BST becomes 01:00 GMT. 00:00-02:00 lasts three real hours.
    expect(at("2026-10-25").map((w) => [w.starts_at, w.ends_at])).toEqual([
      ["2026-10-24T23:00:00.000Z", "2026-10-25T02:00:00.000Z"],
      ["2026-10-25T02:00:00.000Z", "2026-10-25T04:00:00.000Z"],
      ["2026-10-25T04:00:00.000Z", "2026-10-25T06:00:00.000Z"],
    ])
  })

  it("gives a window that has started `past`, and one too soon to bake `lead_time`", () => {
    const wednesdayNoon = new Date("2026-12-02T12:00:00Z") // + 4h = 16:00
    expect(reasons(deliveryWindows(london, { ...request, now: wednesdayNoon }))).toEqual(["past", "past", "lead_time"])
    const wednesdayMorning = new Date("2026-12-02T06:30:00Z") // + 4h = 10:30
    const windows = deliveryWindows(london, { ...request, now: wednesdayMorning })
    expect(windows.map((w) => [w.available, w.unavailable_reason])).toEqual([
      [false, "lead_time"],
      [true, undefined],
      [true, undefined],
    ])
  })

  it("a longer lead time pushes the first window out", () => {
    const windows = deliveryWindows(london, { ...request, now: new Date("2026-12-01T08:00:00Z"), lead_time_minutes: 26 * 60 })
    expect(windows.map((w) => w.available)).toEqual([false, true, true])
  })

  it("closes every window of a day under a closure, with its reason", () => {
    const closures = [{ from: "2026-12-01", to: "2026-12-02", reason: "Oven repair" }]
    const windows = deliveryWindows(london, { ...request, closures })
    expect(windows.map((w) => [w.available, w.unavailable_reason, w.closure_reason])).toEqual([
      [false, "closed", "Oven repair"],
      [false, "closed", "Oven repair"],
      [false, "closed", "Oven repair"],
    ])
    expect(deliveryWindows(london, { ...request, date: "2026-12-05", closures }).every((w) => w.available)).toBe(true)
  })

  it("stops the next day's orders once the bakery's clock passes the cut-off", () => {
    const cutoff = { ...london, order_cutoff: "14:00", lead_time_minutes: 60 }
    const tuesday = (clock: string) => zonedTimeToInstant("2026-12-01", clock, "Europe/London")
    const on = (date: string, now: Date) => reasons(deliveryWindows(cutoff, { ...request, date, now, lead_time_minutes: 60 }))
    expect(on("2026-12-02", tuesday("13:59"))).toEqual([undefined, undefined, undefined])
    expect(on("2026-12-02", tuesday("14:00"))).toEqual(["cutoff", "cutoff", "cutoff"])
    // The day after next is untouched.
    expect(on("2026-12-05", tuesday("23:00"))).toEqual([undefined, undefined])
    // Read in the bakery's zone: 13:30 UTC is 14:30 in Paris.
    const paris = { ...cutoff, timezone: "Europe/Paris" }
    const windows = deliveryWindows(paris, { ...request, now: new Date("2026-12-01T13:30:00Z"), lead_time_minutes: 60 })
    expect(reasons(windows)).toEqual(["cutoff", "cutoff", "cutoff"])
  })

  it("marks every window `full` when the day's capacity cannot take the cakes", () => {
    expect(deliveryWindows(london, { ...request, bookings: { total: 9, by_window: {} }, cakes: 1 }).every((w) => w.available)).toBe(true)
    const full = deliveryWindows(london, { ...request, bookings: { total: 9, by_window: {} }, cakes: 2 })
    expect(reasons(full)).toEqual(["full", "full", "full"])
    const unlimited = { ...london, daily_capacity: null }
    expect(deliveryWindows(unlimited, { ...request, bookings: { total: 500, by_window: {} } }).every((w) => w.available)).toBe(true)
  })

  it("marks a window `full` when its own capacity cannot take the cakes, leaving the others", () => {
    const perWindow = { ...london, window_capacity: 3 }
    const bookings = { total: 3, by_window: { "2026-12-02T11:00:00.000Z": 3 } }
    expect(reasons(deliveryWindows(perWindow, { ...request, bookings }))).toEqual([undefined, "full", undefined])
    expect(reasons(deliveryWindows(perWindow, { ...request, cakes: 4 }))).toEqual(["full", "full", "full"])
  })
})

describe("checkSlot", () => {
  const bakery = { ...london, name: "Crumb & Co", order_cutoff: "14:00" }
  const check = { now: monday, lead_time_minutes: 240, bookings: none, cakes: 1, closures: [] as Closure[] }
  const refusal = (startsAt: string, changes: Partial<typeof check> = {}) => {
    try {
      checkSlot(bakery, new Date(startsAt), { ...check, ...changes })
    } catch (error: any) {
      return error.message as string
    }
    return "booked"
  }

  it("books an open window and refuses the others with their reason", () => {
    expect(refusal("2026-12-02T11:00:00.000Z")).toEqual("booked")
    expect(refusal("2026-12-02T10:00:00.000Z")).toContain("is not one of Crumb & Co's windows on 2026-12-02")
    expect(refusal("2026-12-02T11:00:00.000Z", { now: new Date("2026-12-02T12:00:00Z") })).toContain("has already started")
    expect(refusal("2026-12-02T11:00:00.000Z", { closures: [{ from: "2026-12-02", to: "2026-12-02", reason: "Staff training" }] })).toEqual(
      "Crumb & Co is closed on 2026-12-02 (Staff training); choose another day"
    )
    expect(refusal("2026-12-02T11:00:00.000Z", { now: new Date("2026-12-02T08:00:00Z") })).toContain("too soon")
    expect(refusal("2026-12-02T13:00:00.000Z", { now: new Date("2026-12-01T15:00:00Z") })).toEqual(
      "Orders for 2026-12-02 closed at 14:00 (Crumb & Co's time); choose a later day"
    )
    expect(refusal("2026-12-02T11:00:00.000Z", { bookings: { total: 10, by_window: {} } })).toContain("fully booked")
  })
})

describe("calendarDays", () => {
  const everyDay = {
    ...london,
    opening_hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })), // closed on Sundays
    window_capacity: 2,
    order_cutoff: "15:00",
  }
  const now = zonedTimeToInstant("2026-03-23", "16:00", "Europe/London") // Monday, past the cut-off
  const closures = [{ from: "2026-04-03", to: "2026-04-06", reason: "Easter" }]
  const bookings = {
    "2026-03-25": { total: 10, by_window: {} },
    "2026-03-26": { total: 8, by_window: { "2026-03-26T09:00:00.000Z": 2, "2026-03-26T11:00:00.000Z": 2, "2026-03-26T13:00:00.000Z": 2, "2026-03-26T15:00:00.000Z": 2 } },
    "2026-03-27": { total: 2, by_window: { "2026-03-27T09:00:00.000Z": 2 } },
  }
  const month = { from: "2026-03-23", to: "2026-04-21", now, lead_time_minutes: 240, cakes: 1, closures, bookings }

  it("sums up each day from exactly the windows of that day's listing, across a clock change", () => {
    const days = calendarDays(everyDay, month)
    expect(days).toHaveLength(30)
    for (const day of days) {
      const windows = deliveryWindows(everyDay, { ...month, date: day.date, bookings: bookings[day.date as keyof typeof bookings] ?? none })
      expect(day.available_windows).toEqual(windows.filter((w) => w.available).length)
      if (day.available_windows === 0) {
        expect(day.reason).toEqual(windows.length ? windows[windows.length - 1].unavailable_reason : "closed")
      } else {
        expect(day.reason).toBeUndefined()
      }
    }
  })

  it("gives each day without a window its reason", () => {
    const byDate = Object.fromEntries(calendarDays(everyDay, month).map((day) => [day.date, day]))
    expect(byDate["2026-03-23"]).toEqual({ date: "2026-03-23", available_windows: 0, reason: "past" })
    expect(byDate["2026-03-24"]).toEqual({ date: "2026-03-24", available_windows: 0, reason: "cutoff" })
    expect(byDate["2026-03-25"]).toEqual({ date: "2026-03-25", available_windows: 0, reason: "full" })
    expect(byDate["2026-03-26"]).toEqual({ date: "2026-03-26", available_windows: 0, reason: "full" })
    expect(byDate["2026-03-27"]).toEqual({ date: "2026-03-27", available_windows: 3 })
    expect(byDate["2026-03-29"]).toEqual({ date: "2026-03-29", available_windows: 0, reason: "closed" }) // Sunday, and the clocks change
    expect(byDate["2026-03-30"]).toEqual({ date: "2026-03-30", available_windows: 4 })
    expect(byDate["2026-04-03"]).toEqual({ date: "2026-04-03", available_windows: 0, reason: "closed", closure_reason: "Easter" })
    expect(byDate["2026-04-05"]).toEqual({ date: "2026-04-05", available_windows: 0, reason: "closed", closure_reason: "Easter" })
    expect(byDate["2026-04-07"]).toEqual({ date: "2026-04-07", available_windows: 4 })
  })

  it("reads summer-time windows after the change", () => {
    const summer = deliveryWindows(everyDay, { ...month, date: "2026-03-30", bookings: none })
    expect(summer[0].starts_at).toEqual("2026-03-30T08:00:00.000Z")
  })
})

describe("effectiveLeadTime", () => {
  it("is the longest of the bakery's and the cakes'", () => {
    expect(effectiveLeadTime(240, [null, 120])).toEqual(240)
    expect(effectiveLeadTime(240, [null, 2880, 60])).toEqual(2880)
    expect(effectiveLeadTime(90, [])).toEqual(90)
  })
})

describe("zoned time", () => {
  it("converts wall-clock times across the DST change", () => {
    expect(zonedTimeToInstant("2026-03-29", "00:30", "Europe/London").toISOString()).toEqual("2026-03-29T00:30:00.000Z")
    expect(zonedTimeToInstant("2026-03-29", "03:00", "Europe/London").toISOString()).toEqual("2026-03-29T02:00:00.000Z")
    expect(zonedTimeToInstant("2026-10-25", "12:00", "America/New_York").toISOString()).toEqual("2026-10-25T16:00:00.000Z")
  })

  it("knows the local date and weekday", () => {
    expect(zonedDate(new Date("2026-12-01T23:30:00Z"), "Asia/Tokyo")).toEqual("2026-12-02")
    expect(isoWeekday("2026-11-30")).toEqual(1)
    expect(isoWeekday("2026-12-06")).toEqual(7)
  })

  it("reads a day's times as zonedTimeToInstant does, every day of a year, clock changes included", () => {
    for (const zone of ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"]) {
      for (let date = "2026-01-01"; date <= "2026-12-31"; date = addDays(date, 1)) {
        const at = zonedDayClock(date, zone)
        for (const time of ["00:00", "01:30", "02:30", "09:00", "23:59"]) {
          expect([zone, date, time, at(time).toISOString()]).toEqual([zone, date, time, zonedTimeToInstant(date, time, zone).toISOString()])
        }
      }
    }
  })

  it("reads the bakery's clock and counts days", () => {
    expect(zonedClock(new Date("2026-07-01T13:05:00Z"), "Europe/London")).toEqual("14:05")
    expect(addDays("2026-02-28", 1)).toEqual("2026-03-01")
    expect(addDays("2026-12-31", 1)).toEqual("2027-01-01")
  })

  it("accepts only real calendar dates", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true)
    expect(isCalendarDate("2026-02-30")).toBe(false)
    expect(isCalendarDate("2026-2-3")).toBe(false)
    expect(isCalendarDate("tomorrow")).toBe(false)
  })
})
