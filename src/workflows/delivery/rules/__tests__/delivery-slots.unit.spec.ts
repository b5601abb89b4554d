import { deliveryWindows, effectiveLeadTime, SlotBakery } from "../delivery-slots"
import { isCalendarDate, isoWeekday, zonedDate, zonedTimeToInstant } from "../../../../utils/zoned-time"

const london: SlotBakery = {
  timezone: "Europe/London",
  opening_hours: [
    { weekday: 3, opens: "09:00", closes: "15:00" }, // Wednesday
    { weekday: 6, opens: "10:00", closes: "12:00" }, // Saturday
    { weekday: 6, opens: "14:00", closes: "17:00" },
  ],
  lead_time_minutes: 240,
  daily_capacity: 10,
}
const monday = new Date("2026-11-30T08:00:00Z")
const request = { date: "2026-12-02", now: monday, lead_time_minutes: 240, booked_cakes: 0, cakes: 1 }

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

  it("marks windows that start before now + lead time unavailable", () => {
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

  it("marks every window unavailable when the day's capacity cannot take the cakes", () => {
    expect(deliveryWindows(london, { ...request, booked_cakes: 9, cakes: 1 }).every((w) => w.available)).toBe(true)
    const full = deliveryWindows(london, { ...request, booked_cakes: 9, cakes: 2 })
    expect(full.map((w) => w.unavailable_reason)).toEqual(["capacity", "capacity", "capacity"])
    expect(deliveryWindows({ ...london, daily_capacity: null }, { ...request, booked_cakes: 500 }).every((w) => w.available)).toBe(true)
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

  it("accepts only real calendar dates", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true)
    expect(isCalendarDate("2026-02-30")).toBe(false)
    expect(isCalendarDate("2026-2-3")).toBe(false)
    expect(isCalendarDate("tomorrow")).toBe(false)
  })
})
