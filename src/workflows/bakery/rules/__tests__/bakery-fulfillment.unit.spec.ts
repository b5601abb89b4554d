import { bakeryLocationAddress, bakeryOptionName, missingZoneCountries, serviceZoneCountries } from "../bakery-fulfillment"

describe("a bakery's fulfillment", () => {
  it("names its two options after the bakery", () => {
    expect(bakeryOptionName("pickup", "Crumb & Co")).toEqual("Collect from Crumb & Co")
    expect(bakeryOptionName("delivery", "Crumb & Co")).toEqual("Delivery by Crumb & Co")
  })

  it("addresses its location like the bakery, or not at all without street and country", () => {
    expect(bakeryLocationAddress({ id: "b", name: "B", address_1: "1 Oldham St", city: "Manchester", country_code: "gb" })).toEqual(
      expect.objectContaining({ address_1: "1 Oldham St", city: "Manchester", country_code: "GB" })
    )
    expect(bakeryLocationAddress({ id: "b", name: "B", city: "Manchester", country_code: "gb" })).toBeNull()
  })

  it("covers every region's countries and its own, once each", () => {
    expect(serviceZoneCountries(["GB", "fr", "gb"], "ie")).toEqual(["fr", "gb", "ie"])
    expect(serviceZoneCountries([], null)).toEqual([])
  })

  it("finds the region countries a zone lacks", () => {
    const zone = [{ type: "country", country_code: "gb" }, { type: "zip", country_code: "fr" }]
    expect(missingZoneCountries(["gb", "fr", "FR", "de"], zone)).toEqual(["de", "fr"])
    expect(missingZoneCountries(["gb"], zone)).toEqual([])
  })
})
