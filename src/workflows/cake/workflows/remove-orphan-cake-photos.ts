import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clearCakePhotosStep } from "../steps/clear-cake-photos"
import { deleteCakePhotoFilesStep } from "../steps/delete-cake-photo-files"
import { findOrphanCakePhotosStep } from "../steps/find-orphan-cake-photos"

export type RemoveOrphanCakePhotosWorkflowInput = {
  /** ISO date-time the age is measured from. */
  now: string
  /** PHOTO_ORPHAN_DAYS. */
  days: number
}

export const removeOrphanCakePhotosWorkflowId = "remove-orphan-cake-photos"

/**
 * Deletes the photos of carts that never became orders once they have not changed
 * for `days` days: off their customisations first, then their files. Photos on
 * orders are kept with the order.
 */
export const removeOrphanCakePhotosWorkflow = createWorkflow(
  removeOrphanCakePhotosWorkflowId,
  (input: RemoveOrphanCakePhotosWorkflowInput) => {
    const orphans = findOrphanCakePhotosStep(input)
    const cleared = clearCakePhotosStep(orphans)
    deleteCakePhotoFilesStep(transform({ cleared }, ({ cleared }) => cleared.map(({ photo }) => photo.file_id)))
    return new WorkflowResponse(transform({ cleared }, ({ cleared }) => cleared.map(({ id }) => id)))
  }
)
