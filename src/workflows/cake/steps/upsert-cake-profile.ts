import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"
import { CakeProfileDTO, CakeProfileFields } from "../../../types/cake/cake-profile"

export type UpsertCakeProfileStepInput = {
  /** The product's current profile, if it has one. */
  existing_id?: string | null
  data: CakeProfileFields
}

type Compensation = { created_id?: string; previous?: CakeProfileDTO }

export const upsertCakeProfileStepId = "upsert-cake-profile"

/** Updates the product's profile or creates one; compensation deletes what it created or restores what it changed. */
export const upsertCakeProfileStep = createStep(
  upsertCakeProfileStepId,
  async (input: UpsertCakeProfileStepInput, { container }) => {
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    if (input.existing_id) {
      const previous = await service.retrieveCakeProfile(input.existing_id)
      const profile = await service.updateCakeProfiles({ id: input.existing_id, ...input.data })
      return new StepResponse({ profile, created: false }, { previous } as Compensation)
    }
    if (!input.data.flavour) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "flavour: a new cake profile needs a flavour")
    }
    const profile = await service.createCakeProfiles({ ...input.data, flavour: input.data.flavour })
    return new StepResponse({ profile, created: true }, { created_id: profile.id } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    if (compensation.created_id) {
      await service.deleteCakeProfiles(compensation.created_id)
    }
    if (compensation.previous) {
      const { created_at, updated_at, deleted_at, ...fields } = compensation.previous as any
      await service.updateCakeProfiles(fields)
    }
  }
)
