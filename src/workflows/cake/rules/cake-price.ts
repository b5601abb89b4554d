import { MathBN } from "@medusajs/framework/utils"
import { CakeChoice } from "../../../types/cake/cake-customization"
import { CakeProfileDTO } from "../../../types/cake/cake-profile"

/**
 * The price of one customised cake: the variant's price in the cart's region plus
 * the chosen toppings' prices plus the shape's surcharge plus the photo's price
 * (when the line has a photo), summed with Medusa's
 * BigNumber maths (0.1 + 0.2 stays 0.3). `price_adjustment` is what the choice
 * added. Amounts are main currency units; the choice must have been resolved
 * against the profile.
 */
export function priceCake(variantAmount: number, profile: CakeProfileDTO, choice: CakeChoice) {
  const toppings = choice.toppings.map((name) => profile.toppings.find((t) => t.name === name)?.price ?? 0)
  const shape = profile.shapes.find((s) => s.name === choice.shape)?.surcharge ?? 0
  const photo = choice.photo ? profile.photo?.price ?? 0 : 0
  const adjustment = MathBN.add(0, ...toppings, shape, photo)
  return {
    price_adjustment: adjustment.toNumber(),
    unit_price: MathBN.add(variantAmount, adjustment).toNumber(),
  }
}
