import { MedusaError } from "@medusajs/framework/utils"
import { zonedDate } from "../../../utils/zoned-time"
import type { CartDeliveryContext } from "../steps/load-cart-delivery-context"
import type { FulfillmentKind } from "../../../types/fulfillment/fulfillment"
import type { SlotBakery } from "./delivery-slots"

/** What a window listing (one day or a month) is asked for. */
export type SlotListingInput = {
  bakery_id: string
  /** The active bakery, or undefined when there is none by that id. */
  bakery: (SlotBakery & { id: string; name: string; pickup_enabled: boolean }) | undefined
  /** Collected or delivered; collection needs a bakery that offers it. */
  fulfillment: FulfillmentKind
  /** The shopper's cart, when the listing is for it: its cakes and lead times count. */
  context: CartDeliveryContext | null
}

/**
 * Checks a listing can be answered and gives the terms its windows are read
 * with: an unknown or inactive bakery is a 404, a first day already past or
 * collection from a bakery that does not offer it a 400. With a cart of this
 * bakery, its cakes count against capacity and its slowest cake's lead time
 * applies; otherwise one cake and the bakery's lead time.
 */
export function slotListingTerms(input: SlotListingInput, firstDay: { field: "date" | "from"; date: string }, now: Date) {
  const { bakery, context } = input
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${input.bakery_id} was not found`)
  }
  if (firstDay.date < zonedDate(now, bakery.timezone)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${firstDay.field}: ${firstDay.date} is in the past`)
  }
  if (input.fulfillment === "pickup" && !bakery.pickup_enabled) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `fulfillment: ${bakery.name} does not offer collection; choose delivery`)
  }
  const sameBakery = context?.bakery?.id === bakery.id
  return {
    bakery,
    lead_time_minutes: sameBakery ? context!.lead_time_minutes : bakery.lead_time_minutes,
    cakes: sameBakery ? Math.max(context!.cake_count, 1) : 1,
  }
}
