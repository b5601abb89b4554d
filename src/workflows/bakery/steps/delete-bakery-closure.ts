import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"

export type DeleteBakeryClosureStepInput = { bakery_id: string; closure_id: string }

export const deleteBakeryClosureStepId = "delete-bakery-closure"

/** Reopens a bakery's closed days: a closure of another bakery, or none, is a 404. Compensation restores it. */
export const deleteBakeryClosureStep = createStep(
  deleteBakeryClosureStepId,
  async ({ bakery_id, closure_id }: DeleteBakeryClosureStepInput, { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const [closure] = await service.listBakeryClosures({ id: closure_id, bakery_id }, { select: ["id"] })
    if (!closure) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Closure ${closure_id} of bakery ${bakery_id} was not found`)
    }
    await service.softDeleteBakeryClosures(closure_id)
    return new StepResponse(closure_id, closure_id)
  },
  async (closureId, { container }) => {
    if (!closureId) return
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await service.restoreBakeryClosures(closureId)
  }
)
