import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { zonedDate } from "../../../utils/zoned-time"

export const listBakeryClosuresStepId = "list-bakery-closures"

/** A bakery's closures not yet over (by its own calendar), soonest first; an unknown bakery is a 404. Writes nothing. */
export const listBakeryClosuresStep = createStep(listBakeryClosuresStepId, async ({ bakery_id }: { bakery_id: string }, { container }) => {
  const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
  const [bakery] = await service.listBakeries({ id: bakery_id }, { select: ["id", "timezone"] })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${bakery_id} was not found`)
  }
  const closures = await service.listBakeryClosures(
    { bakery_id, to: { $gte: zonedDate(new Date(), bakery.timezone) } },
    { order: { from: "ASC", created_at: "ASC" }, take: null }
  )
  return new StepResponse(closures)
})
