import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"
import { OrphanCakePhoto } from "./find-orphan-cake-photos"

export const clearCakePhotosStepId = "clear-cake-photos"

/** Takes photos off their customisations (their files are deleted after); compensation puts them back. */
export const clearCakePhotosStep = createStep(
  clearCakePhotosStepId,
  async (cleared: OrphanCakePhoto[], { container }) => {
    if (!cleared.length) {
      return new StepResponse(cleared, [] as OrphanCakePhoto[])
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.updateCakeCustomizations(cleared.map(({ id }) => ({ id, photo: null })))
    return new StepResponse(cleared, cleared)
  },
  async (cleared, { container }) => {
    if (!cleared?.length) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.updateCakeCustomizations(cleared.map(({ id, photo }) => ({ id, photo })))
  }
)
