import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { domainConflict } from "../../errors/domain-conflict"
import { assertCakeLinesIntact } from "../cake/rules/cake-line-integrity"
import { cakeLinePrices } from "../cake/utils/cake-line-prices"
import { acquireCapacityLock, CapacityLock, checkoutCapacityLock, releaseCapacityLock } from "../delivery/utils/capacity-lock"
import { CartDeliveryContext, DeliveryBakery, loadCartDeliveryContext } from "../delivery/steps/load-cart-delivery-context"
import { checkSlot } from "../delivery/rules/check-slot"
import { NO_BOOKINGS } from "../delivery/rules/delivery-slots"
import { loadBakeryCalendar } from "../delivery/utils/bakery-calendar"
import { assertDepositSession } from "../deposit/utils/cart-deposit"
import { assertWithinDeliveryRadius } from "../delivery/utils/check-delivery-radius"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(amount)

/**
 * Before a cake cart becomes an order, whichever route completes it, everything
 * the cake routes checked is checked again, because time has passed and other
 * routes may have changed the cart: the bakery still takes orders, each cake is
 * still on sale, each cake line carries its own customisation at the price the
 * bakery's current prices give it, the slot belongs to this bakery and can still
 * take these cakes (open that day, lead time, cut-off, day and window capacity),
 * the address is within the radius, and a deposit cart's payment session is for
 * the deposit.
 * The checks run under the lock on the slot's bakery-day, held until the
 * order-created hook books the slot, so two shoppers cannot both take the last
 * cake; a failed checkout releases it.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const context = await loadCartDeliveryContext(container, cart.id)
    if (!context?.bakery || context.cart.completed_at) {
      return new StepResponse(undefined, undefined as CapacityLock | undefined)
    }
    const { bakery, slot } = context
    if (!slot) {
      throw invalid("Choose a delivery slot before placing the order (POST /store/carts/:id/delivery-slot)")
    }
    if (slot.bakery_id !== bakery.id) {
      throw invalid(
        `Your delivery slot was chosen for another bakery's cakes; choose one of ${bakery.name}'s slots again (POST /store/carts/:id/delivery-slot)`
      )
    }

    // A deposit cart's session must be for the deposit, not the total Medusa resets it to.
    await assertDepositSession(container, cart.id)

    const lock = checkoutCapacityLock(slot, cart.id)
    await acquireCapacityLock(container, lock, { label: `${bakery.name} on ${slot.date}` })
    try {
      await assertCartStillOrderable(container, cart.id, context, bakery, slot)
    } catch (error) {
      await releaseCapacityLock(container, lock)
      throw error
    }
    return new StepResponse(undefined, lock as CapacityLock | undefined)
  },
  async (lock, { container }) => {
    if (!lock) {
      return
    }
    await releaseCapacityLock(container, lock)
  }
)

async function assertCartStillOrderable(
  container: MedusaContainer,
  cartId: string,
  context: CartDeliveryContext,
  bakery: DeliveryBakery,
  slot: NonNullable<CartDeliveryContext["slot"]>
) {
  if (!bakery.is_active) {
    throw invalid(`${bakery.name} is not taking orders right now`)
  }
  for (const cake of context.cakes) {
    if (cake.status !== "published" || !cake.cake_profile) {
      throw invalid(`${cake.title} is no longer on sale: remove it from your cart`)
    }
    if (!cake.cake_profile.is_available) {
      throw invalid(`${cake.title} is not available right now`)
    }
  }

  const { cart, prices } = await cakeLinePrices(container, cartId)
  assertCakeLinesIntact(cartId, ((cart?.items ?? []) as any[]).filter(Boolean))
  for (const { line, current } of prices) {
    if ("problem" in current) {
      throw current.problem
    }
    if (current.unit_price !== line.unit_price) {
      const currency = String(cart.currency_code)
      throw domainConflict(
        `The price of ${line.title ?? "a cake"} changed from ${money(line.unit_price, currency)} to ${money(current.unit_price, currency)}: ` +
          "review your cart (any change to it, or POST /store/carts/:id, brings it up to date) and place the order again"
      )
    }
  }

  // By road, as delivery was priced; a collected cart has no radius.
  await assertWithinDeliveryRadius(container, cartId, bakery)

  const { bookings, closures } = await loadBakeryCalendar(container, bakery.id, slot.date, slot.date)
  try {
    checkSlot(bakery, new Date(slot.starts_at), {
      now: new Date(),
      lead_time_minutes: context.lead_time_minutes,
      bookings: bookings[slot.date] ?? NO_BOOKINGS,
      closures,
      cakes: context.cake_count,
    })
  } catch (error: any) {
    throw invalid(`Your delivery slot is no longer available: ${error.message}`)
  }
}
