import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartAccess } from "../../checkout/rules/owner-access"

export type FindCakeLineInput = { cart: any; cart_id: string; line_id: string; customer_id?: string | null }

export const findCakeLineStepId = "find-cake-line"

/** The cart's customised cake line (404 when the cart is not the shopper's, or the line is not one of its cakes). Writes nothing. */
export const findCakeLineStep = createStep(findCakeLineStepId, async (input: FindCakeLineInput) => {
  const { cart } = input
  assertCartAccess(cart, input.cart_id, input.customer_id)
  const line = cart.items?.find((item: any) => item.id === input.line_id)
  if (!line?.cake_customization) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cake line ${input.line_id} was not found in cart ${input.cart_id}`)
  }
  return new StepResponse(line)
})
