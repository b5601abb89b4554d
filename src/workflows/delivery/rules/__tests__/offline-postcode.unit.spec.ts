import { outwardCode, placePostcodeOffline } from "../offline-postcode"
import { distanceKm } from "../delivery-radius"

describe("outwardCode", () => {
  it.each([
    ["E1 6PU", "E1"],
    ["e16pu", "E1"],
    ["EC1A 1BB", "EC1A"],
    ["W1K 7TN", "W1K"],
    ["SW1A 2AA", "SW1A"],
    ["M4 1LE", "M4"],
    ["M90 1QX", "M90"],
    ["M4", "M4"],
    [" nw1 6xe ", "NW1"],
  ])("reads %s as %s", (postcode, expected) => {
    expect(outwardCode(postcode)).toEqual(expected)
  })

  it.each(["", "75001", "not a postcode", "E1 6P"])("finds none in %p", (postcode) => {
    expect(outwardCode(postcode)).toBeNull()
  })
})

describe("placePostcodeOffline", () => {
  const crumbAndCo = { latitude: 51.5237, longitude: -0.0754 }
  const northernWhisk = { latitude: 53.4839, longitude: -2.2332 }

  it("places a London and a Manchester postcode near their bakeries", () => {
    expect(distanceKm(crumbAndCo, placePostcodeOffline("E1 6PU", "gb")!)).toBeLessThan(3)
    expect(distanceKm(northernWhisk, placePostcodeOffline("M4 1PW", "GB")!)).toBeLessThan(3)
  })

  it("finds a central sub-district under its district", () => {
    expect(placePostcodeOffline("EC1A 1BB", "gb")).toEqual(placePostcodeOffline("EC1 1AA", "gb"))
    expect(placePostcodeOffline("W1K 7TN", "gb")).toEqual(expect.objectContaining({ latitude: expect.any(Number) }))
  })

  it("puts Manchester far outside a London bakery's radius", () => {
    expect(distanceKm(crumbAndCo, placePostcodeOffline("M1 1AE", "gb")!)).toBeGreaterThan(200)
  })

  it("knows nothing outside the table or outside GB", () => {
    expect(placePostcodeOffline("BN1 1AA", "gb")).toBeNull()
    expect(placePostcodeOffline("E1 6PU", "fr")).toBeNull()
    expect(placePostcodeOffline("75001", "fr")).toBeNull()
  })
})
