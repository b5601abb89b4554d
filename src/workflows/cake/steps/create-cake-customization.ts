import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"
import { CakeChoice } from "../../../types/cake/cake-customization"

export type CreateCakeCustomizationInput = CakeChoice & { price_adjustment: number; cart_id: string; product_id: string }

export const createCakeCustomizationStepId = "create-cake-customization"

/** Records a shopper's choice; compensation deletes it. */
export const createCakeCustomizationStep = createStep(
  createCakeCustomizationStepId,
  async (input: CreateCakeCustomizationInput, { container }) => {
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    const customization = await service.createCakeCustomizations(input)
    return new StepResponse(customization, customization.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.deleteCakeCustomizations(id)
  }
)
