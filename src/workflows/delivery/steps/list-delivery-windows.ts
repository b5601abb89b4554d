import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { zonedDate } from "../../../utils/zoned-time"
import { deliveryWindows, SlotBakery } from "../rules/delivery-slots"
import { bookedCakes, CartDeliveryContext } from "./load-cart-delivery-context"

export type ListDeliveryWindowsInput = {
  bakery_id: string
  /** The active bakery, or undefined when there is none by that id. */
  bakery: (SlotBakery & { id: string }) | undefined
  /** YYYY-MM-DD in the bakery's time zone. */
  date: string
  /** The shopper's cart, when the listing is for it: its cakes and lead times count. */
  context: CartDeliveryContext | null
}

export const listDeliveryWindowsStepId = "list-delivery-windows"

/**
 * The bakery's delivery windows on a day, each available or not: an inactive or
 * unknown bakery is a 404, a day already past a 400. With a cart of this bakery,
 * its cakes count against capacity and its slowest cake's lead time applies.
 * Writes nothing.
 */
export const listDeliveryWindowsStep = createStep(
  listDeliveryWindowsStepId,
  async ({ bakery_id, bakery, date, context }: ListDeliveryWindowsInput, { container }) => {
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${bakery_id} was not found`)
    }
    const now = new Date()
    if (date < zonedDate(now, bakery.timezone)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `date: ${date} is in the past`)
    }
    const sameBakery = context?.bakery?.id === bakery.id
    return new StepResponse(
      deliveryWindows(bakery, {
        date,
        now,
        lead_time_minutes: sameBakery ? context!.lead_time_minutes : bakery.lead_time_minutes,
        booked_cakes: await bookedCakes(container, bakery.id, date),
        cakes: sameBakery ? Math.max(context!.cake_count, 1) : 1,
      })
    )
  }
)
