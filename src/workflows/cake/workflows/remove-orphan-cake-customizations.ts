import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCakePhotoFilesStep } from "../steps/delete-cake-photo-files"
import { removeOrphanCakeCustomizationsStep } from "../steps/remove-orphan-cake-customizations"

export const removeOrphanCakeCustomizationsWorkflowId = "remove-orphan-cake-customizations"

/** Removes the customisations of cake lines taken out of a cart, and deletes their photos' files. */
export const removeOrphanCakeCustomizationsWorkflow = createWorkflow(
  removeOrphanCakeCustomizationsWorkflowId,
  (input: { cart_id: string }) => {
    const removed = removeOrphanCakeCustomizationsStep(input)
    deleteCakePhotoFilesStep(transform({ removed }, ({ removed }) => removed.photos.map(({ photo }) => photo.file_id)))
    return new WorkflowResponse(transform({ removed }, ({ removed }) => removed.ids))
  }
)
