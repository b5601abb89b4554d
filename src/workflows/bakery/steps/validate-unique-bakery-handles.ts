import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"

export type ValidateUniqueBakeryHandlesInput = { handle?: string; id?: string }[]

export const validateUniqueBakeryHandlesStepId = "validate-unique-bakery-handles"

/** Refuses handles that another bakery already uses (or that repeat within the input). */
export const validateUniqueBakeryHandlesStep = createStep(
  validateUniqueBakeryHandlesStepId,
  async (input: ValidateUniqueBakeryHandlesInput, { container }) => {
    const handles = input.map((b) => b.handle).filter((h): h is string => !!h)
    if (!handles.length) {
      return new StepResponse(void 0)
    }
    const repeated = handles.find((h, i) => handles.indexOf(h) !== i)
    if (repeated) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: "${repeated}" is given to more than one bakery`)
    }
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const taken = await service.listBakeries({ handle: handles }, { select: ["id", "handle"] })
    const clash = taken.find((existing) => !input.some((b) => b.id === existing.id && b.handle === existing.handle))
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `handle: "${clash.handle}" is already used by bakery ${clash.id}; choose another handle`
      )
    }
    return new StepResponse(void 0)
  }
)
