import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"

export type CreateBakeryClosureStepInput = { bakery_id: string; from: string; to: string; reason?: string | null }

export const createBakeryClosureStepId = "create-bakery-closure"

/** Closes a bakery (404 for an unknown one) from one day to another; compensation deletes the closure. */
export const createBakeryClosureStep = createStep(
  createBakeryClosureStepId,
  async ({ bakery_id, from, to, reason }: CreateBakeryClosureStepInput, { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const [bakery] = await service.listBakeries({ id: bakery_id }, { select: ["id"] })
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${bakery_id} was not found`)
    }
    const closure = await service.createBakeryClosures({ bakery_id, from, to, reason: reason ?? null })
    return new StepResponse(closure, closure.id)
  },
  async (closureId, { container }) => {
    if (!closureId) return
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await service.deleteBakeryClosures(closureId)
  }
)
