import { DeliveryFee } from "../../../types/bakery/delivery-fee"

/** Roads are rarely straight: a straight line times this stands in for the road distance. */
export const ROAD_FACTOR = 1.3

/** Minor units of a currency (2 for GBP, 0 for JPY), as Intl knows them. */
export function currencyDigits(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits
  return Math.round((value + Number.EPSILON) * factor) / factor
}

/** The bakery's fee row for a currency, if it delivers in it. */
export function feeFor(fees: DeliveryFee[] | null | undefined, currencyCode: string): DeliveryFee | null {
  const code = currencyCode.toLowerCase()
  return (fees ?? []).find((fee) => fee.currency_code.toLowerCase() === code) ?? null
}

/**
 * What delivering a cart costs, in the currency's main unit: free once the
 * cart's item subtotal reaches `free_over`, else `base + per_km x km`, with the
 * distance taken to 0.1 km and the amount rounded to the currency's minor unit.
 * An unknown distance (no address yet) charges the base alone.
 */
export function deliveryFeeAmount(
  fee: DeliveryFee,
  input: { distance_km: number | null; item_subtotal: number; currency_code: string }
): number {
  if (fee.free_over != null && input.item_subtotal >= fee.free_over) {
    return 0
  }
  const km = input.distance_km == null ? 0 : round(Math.max(0, input.distance_km), 1)
  return round(fee.base + fee.per_km * km, currencyDigits(input.currency_code))
}
