import { MedusaError } from "@medusajs/framework/utils"
import { assertCartAccess, assertCartOpen } from "../../checkout/rules/cart-access"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookedCakes, loadCartDeliveryContext } from "../cart-delivery-context"
import { checkSlot } from "../rules/check-slot"
import { zonedDate } from "../rules/zoned-time"

export type ChooseCartDeliverySlotInput = { cart_id: string; starts_at: string; customer_id?: string | null }

export const chooseCartDeliverySlotStepId = "choose-cart-delivery-slot"

/**
 * Checks the requested window is one of the cart's bakery's windows and can
 * still take the cart's cakes (lead time, capacity). Writes nothing.
 */
export const chooseCartDeliverySlotStep = createStep(
  chooseCartDeliverySlotStepId,
  async (input: ChooseCartDeliverySlotInput, { container }) => {
    const context = await loadCartDeliveryContext(container, input.cart_id)
    assertCartAccess(context?.cart, input.cart_id, input.customer_id)
    assertCartOpen(context!.cart, input.cart_id)
    if (!context.bakery) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Add a cake to the cart before choosing its delivery slot")
    }
    const startsAt = new Date(input.starts_at)
    const slot = checkSlot(context.bakery, startsAt, {
      now: new Date(),
      lead_time_minutes: context.lead_time_minutes,
      booked_cakes: await bookedCakes(container, context.bakery.id, zonedDate(startsAt, context.bakery.timezone)),
      cakes: context.cake_count,
    })
    return new StepResponse({ ...slot, bakery_id: context.bakery.id, existing_slot_id: context.slot?.id ?? null })
  }
)
