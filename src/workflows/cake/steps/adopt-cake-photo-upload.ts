import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const adoptCakePhotoUploadStepId = "adopt-cake-photo-upload"

/**
 * Takes charge of a photo the route has just stored: if anything after this step
 * fails (the line is gone, the cake takes no photo any more, the cart lock), its
 * compensation deletes the file, so a refused upload leaves nothing stored.
 */
export const adoptCakePhotoUploadStep = createStep(
  adoptCakePhotoUploadStepId,
  async (input: { file_id: string }) => new StepResponse(input.file_id, input.file_id),
  async (fileId, { container }) => {
    if (!fileId) {
      return
    }
    await container.resolve(Modules.FILE).deleteFiles([fileId])
  }
)
