import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deleteCakePhotoFilesStepId = "delete-cake-photo-files"

/**
 * Deletes photo files no customisation holds any more, through the File module.
 * A deleted file cannot be brought back, so this step has no compensation and
 * each workflow runs it last: a failure before it leaves every file in place.
 */
export const deleteCakePhotoFilesStep = createStep(deleteCakePhotoFilesStepId, async (fileIds: string[], { container }) => {
  const ids = [...new Set(fileIds.filter(Boolean))]
  if (ids.length) {
    await container.resolve(Modules.FILE).deleteFiles(ids)
  }
  return new StepResponse(ids)
})
