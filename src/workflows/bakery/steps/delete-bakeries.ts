import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"

export const deleteBakeriesStepId = "delete-bakeries"

/** Soft-deletes bakeries (404 for an unknown one); compensation restores them. */
export const deleteBakeriesStep = createStep(
  deleteBakeriesStepId,
  async (ids: string[], { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const existing = await service.listBakeries({ id: ids }, { select: ["id"] })
    const missing = ids.find((id) => !existing.some((b) => b.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${missing} was not found`)
    }
    await service.softDeleteBakeries(ids)
    return new StepResponse(ids, ids)
  },
  async (deletedIds, { container }) => {
    if (!deletedIds?.length) {
      return
    }
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await service.restoreBakeries(deletedIds)
  }
)
