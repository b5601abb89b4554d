import { distanceKm, outsideDeliveryRadius } from "../delivery-radius"

const shoreditch = { latitude: 51.5237, longitude: -0.0754, delivery_radius_km: 12 }

describe("delivery radius", () => {
  it("measures great-circle distance", () => {
    // London to Manchester is about 262 km as the crow flies
    expect(distanceKm({ latitude: 51.5237, longitude: -0.0754 }, { latitude: 53.4839, longitude: -2.2332 })).toBeCloseTo(262, -1)
  })

  it("puts a nearby address inside and a far one outside", () => {
    expect(outsideDeliveryRadius(shoreditch, { latitude: 51.5014, longitude: -0.1419 }).outside).toBe(false)
    const far = outsideDeliveryRadius(shoreditch, { latitude: 53.4839, longitude: -2.2332 })
    expect(far.outside).toBe(true)
    expect(far.distance_km).toBeGreaterThan(200)
  })

  it("skips the check when coordinates or the radius are unknown", () => {
    expect(outsideDeliveryRadius(shoreditch, null).outside).toBe(false)
    expect(outsideDeliveryRadius({ ...shoreditch, latitude: null }, { latitude: 0, longitude: 0 }).outside).toBe(false)
    expect(outsideDeliveryRadius({ ...shoreditch, delivery_radius_km: null }, { latitude: 0, longitude: 0 }).outside).toBe(false)
  })
})
