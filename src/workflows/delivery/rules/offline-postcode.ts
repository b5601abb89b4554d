import type { Coordinates } from "../../../types/delivery/coordinates"
import { GB_POSTCODE_DISTRICTS } from "../data/gb-postcode-districts"

/**
 * The outward code of a GB postcode ("E1 6PU" -> "E1", "ec1a1bb" -> "EC1A", "M1"
 * -> "M1"): everything but the last three characters of a full postcode (the
 * inward code, digit letter letter), or the whole of an outward code alone.
 * Null for what is not a GB postcode.
 */
export function outwardCode(postcode: string): string | null {
  const compact = postcode.replace(/\s+/g, "").toUpperCase()
  const full = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact)
  if (full) {
    return full[1]
  }
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) ? compact : null
}

/**
 * Where a postcode's district is, from the bundled table (GB only): the outward
 * code itself, else its district without the sub-district letter (EC1A -> EC1).
 * Null when the table does not know it.
 */
export function placePostcodeOffline(postcode: string, countryCode: string): Coordinates | null {
  if (countryCode.toLowerCase() !== "gb") {
    return null
  }
  const outward = outwardCode(postcode)
  if (!outward) {
    return null
  }
  const found = GB_POSTCODE_DISTRICTS[outward] ?? GB_POSTCODE_DISTRICTS[outward.replace(/[A-Z]$/, "")]
  return found ? { latitude: found[0], longitude: found[1] } : null
}
