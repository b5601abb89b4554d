import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { CreateBakeryDTO } from "../../../types/bakery/bakery"

export const createBakeriesStepId = "create-bakeries"

/** Creates bakeries; compensation deletes them. */
export const createBakeriesStep = createStep(
  createBakeriesStepId,
  async (input: CreateBakeryDTO[], { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const bakeries = await service.createBakeries(input)
    return new StepResponse(bakeries, bakeries.map((b) => b.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await service.deleteBakeries(createdIds)
  }
)
