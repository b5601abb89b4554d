import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { UpdateBakeryDTO } from "../../../types/bakery/bakery"

export const updateBakeriesStepId = "update-bakeries"

/** Updates bakeries by id (404 for an unknown one); compensation writes back the previous values. */
export const updateBakeriesStep = createStep(
  updateBakeriesStepId,
  async (input: UpdateBakeryDTO[], { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const ids = input.map((b) => b.id)
    const previous = await service.listBakeries({ id: ids })
    const missing = ids.find((id) => !previous.some((b) => b.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${missing} was not found`)
    }
    const updated = await service.updateBakeries(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await service.updateBakeries(
      previous.map(({ created_at, updated_at, deleted_at, ...fields }: any) => fields)
    )
  }
)
