import { ICartModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindAddedCakeLineInput = { cart_id: string; cake_customization_id: string }

export const findAddedCakeLineStepId = "find-added-cake-line"

/**
 * The line Medusa's add-to-cart made for a new customisation, found by the
 * customisation's id in its metadata. One read of the cart's lines through the
 * Cart module: a cart query here cost twice the SQL and the query layer's work
 * on every customised add. Writes nothing.
 */
export const findAddedCakeLineStep = createStep(findAddedCakeLineStepId, async (input: FindAddedCakeLineInput, { container }) => {
  const cart: ICartModuleService = container.resolve(Modules.CART)
  const lines = await cart.listLineItems({ cart_id: input.cart_id }, { select: ["id", "metadata"] })
  const line = lines.find((item) => item.metadata?.cake_customization_id === input.cake_customization_id)
  if (!line) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Cart ${input.cart_id} has no line for cake customisation ${input.cake_customization_id} after the add`
    )
  }
  return new StepResponse({ id: line.id })
})
