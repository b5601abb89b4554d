import { ICartModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"

export type SetCakeCustomizationLineInput = { cart_id: string; cake_customization_id: string }

export const setCakeCustomizationLineStepId = "set-cake-customization-line"

/**
 * Names on a new customisation the line Medusa's add-to-cart made for it, found
 * by the customisation's id in the line's metadata: one read of the cart's lines
 * through the Cart module and one update (`line_item.cake_customization` reads
 * it; no link row). Compensation clears it.
 */
export const setCakeCustomizationLineStep = createStep(
  setCakeCustomizationLineStepId,
  async (input: SetCakeCustomizationLineInput, { container }) => {
    const cart: ICartModuleService = container.resolve(Modules.CART)
    const lines = await cart.listLineItems({ cart_id: input.cart_id }, { select: ["id", "metadata"] })
    const line = lines.find((item) => item.metadata?.cake_customization_id === input.cake_customization_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Cart ${input.cart_id} has no line for cake customisation ${input.cake_customization_id} after the add`
      )
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.setCakeCustomizationLine(input.cake_customization_id, line.id)
    return new StepResponse({ id: line.id }, input.cake_customization_id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.setCakeCustomizationLine(id, null)
  }
)
