import { CakeChoice } from "../../../types/cake/cake-customization"
import { CakeProfileDTO } from "../../../types/cake/cake-profile"

// Amounts are main currency units; sums are done in hundredths so 0.1 + 0.2 stays 0.3.
const toCents = (amount: number) => Math.round(amount * 100)
const fromCents = (cents: number) => cents / 100

/**
 * The price of one customised cake: the variant's price in the cart's region plus
 * the chosen toppings' prices plus the shape's surcharge. `price_adjustment` is
 * what the choice added. The choice must have been resolved against the profile.
 */
export function priceCake(variantAmount: number, profile: CakeProfileDTO, choice: CakeChoice) {
  const toppingCents = choice.toppings.reduce((sum, name) => {
    const topping = profile.toppings.find((t) => t.name === name)
    return sum + toCents(topping?.price ?? 0)
  }, 0)
  const shapeCents = toCents(profile.shapes.find((s) => s.name === choice.shape)?.surcharge ?? 0)
  const adjustmentCents = toppingCents + shapeCents
  return {
    price_adjustment: fromCents(adjustmentCents),
    unit_price: fromCents(toCents(variantAmount) + adjustmentCents),
  }
}
