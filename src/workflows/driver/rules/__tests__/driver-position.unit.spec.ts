import { estimateOrigin } from "../../../delivery/rules/eta"
import { driverEtaRefreshDue, positionIsFresh, positionIsNewer } from "../driver-position"

const now = new Date("2026-12-01T12:00:00.000Z")
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000).toISOString()
const bakery = { latitude: 51.5237, longitude: -0.0754 }

describe("a driver's position", () => {
  it("is fresh up to the maximum age, not after", () => {
    expect(positionIsFresh(secondsAgo(120), now, 120)).toBe(true)
    expect(positionIsFresh(secondsAgo(121), now, 120)).toBe(false)
    expect(positionIsFresh(null, now, 120)).toBe(false)
  })

  it("recomputes ETAs at most once per interval", () => {
    expect(driverEtaRefreshDue(null, now, 60)).toBe(true)
    expect(driverEtaRefreshDue(secondsAgo(59), now, 60)).toBe(false)
    expect(driverEtaRefreshDue(secondsAgo(60), now, 60)).toBe(true)
  })

  it("replaces the kept one only when newer", () => {
    expect(positionIsNewer(secondsAgo(5), secondsAgo(10))).toBe(true)
    expect(positionIsNewer(secondsAgo(10), secondsAgo(5))).toBe(false)
    expect(positionIsNewer(secondsAgo(10), null)).toBe(true)
  })

  it("is where the ETA starts while fresh; the bakery otherwise", () => {
    const carrier = { latitude: 51.51, longitude: -0.1, position_recorded_at: secondsAgo(30) }
    expect(estimateOrigin({ bakery, carrier }, now, 120)).toEqual({ origin: { latitude: 51.51, longitude: -0.1 }, origin_kind: "driver" })
    expect(estimateOrigin({ bakery, carrier: { ...carrier, position_recorded_at: secondsAgo(600) } }, now, 120)).toEqual({
      origin: { latitude: 51.5237, longitude: -0.0754 },
      origin_kind: "bakery",
    })
    expect(estimateOrigin({ bakery, carrier: { latitude: null, longitude: null, position_recorded_at: null } }, now, 120).origin_kind).toEqual("bakery")
    expect(estimateOrigin({ bakery, carrier: null }, now, 120).origin_kind).toEqual("bakery")
  })
})
