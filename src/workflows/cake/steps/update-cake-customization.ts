import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"
import { CakeChoice } from "../../../types/cake/cake-customization"

export type UpdateCakeCustomizationInput = CakeChoice & { id: string; price_adjustment: number }

export const updateCakeCustomizationStepId = "update-cake-customization"

/** Changes a recorded choice; compensation writes the previous one back. */
export const updateCakeCustomizationStep = createStep(
  updateCakeCustomizationStepId,
  async (input: UpdateCakeCustomizationInput, { container }) => {
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    const previous = await service.retrieveCakeCustomization(input.id)
    const updated = await service.updateCakeCustomizations(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    const { id, message, egg_version, toppings, shape, notes, photo, price_adjustment } = previous
    await service.updateCakeCustomizations({ id, message, egg_version, toppings, shape, notes, photo, price_adjustment })
  }
)
