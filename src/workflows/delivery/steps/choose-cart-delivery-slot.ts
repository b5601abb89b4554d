import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { zonedDate } from "../../../utils/zoned-time"
import { assertCartOpen } from "../../checkout/rules/owner-access"
import { checkSlot } from "../rules/check-slot"
import { NO_BOOKINGS } from "../rules/delivery-slots"
import { loadBakeryCalendar } from "../utils/bakery-calendar"
import { CartDeliveryContext } from "./load-cart-delivery-context"

export type ChooseCartDeliverySlotInput = { cart_id: string; starts_at: string; context: CartDeliveryContext }

export const chooseCartDeliverySlotStepId = "choose-cart-delivery-slot"

/**
 * Checks the requested window is one of the cart's bakery's windows and can
 * still take the cart's cakes (not started, open, lead time, cut-off, day and
 * window capacity). Writes nothing.
 */
export const chooseCartDeliverySlotStep = createStep(
  chooseCartDeliverySlotStepId,
  async ({ cart_id, starts_at, context }: ChooseCartDeliverySlotInput, { container }) => {
    assertCartOpen(context.cart, cart_id)
    if (!context.bakery) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Add a cake to the cart before choosing its delivery slot")
    }
    const startsAt = new Date(starts_at)
    const date = zonedDate(startsAt, context.bakery.timezone)
    const { bookings, closures } = await loadBakeryCalendar(container, context.bakery.id, date, date)
    const slot = checkSlot(context.bakery, startsAt, {
      now: new Date(),
      lead_time_minutes: context.lead_time_minutes,
      bookings: bookings[date] ?? NO_BOOKINGS,
      closures,
      cakes: context.cake_count,
    })
    return new StepResponse({ ...slot, bakery_id: context.bakery.id as string, existing_slot_id: (context.slot?.id as string) ?? null })
  }
)
