import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CakePhoto } from "../../../types/cake/cake-options"
import { adoptCakePhotoUploadStep } from "../steps/adopt-cake-photo-upload"
import { cartLockKey } from "../utils/cart-lock"
import { updateCakeInCartWorkflow } from "./update-cake-in-cart"

export type AttachCakePhotoWorkflowInput = {
  cart_id: string
  line_id: string
  /** The photo the route has just stored through the File module. */
  photo: CakePhoto
  customer_id?: string | null
}

export const attachCakePhotoWorkflowId = "attach-cake-photo"

/**
 * Puts a stored photo on a cake line, replacing the one it had (whose file is
 * deleted once the new one is in place), and reprices the line. Any refusal
 * deletes the new file again, so nothing refused stays stored.
 */
export const attachCakePhotoWorkflow = createWorkflow(attachCakePhotoWorkflowId, (input: AttachCakePhotoWorkflowInput) => {
  adoptCakePhotoUploadStep(transform({ input }, ({ input }) => ({ file_id: input.photo.file_id })))
  // A nested workflow skips its own locks: two uploads to one cart take turns here.
  const lockKey = transform({ input }, ({ input }) => cartLockKey(input.cart_id))
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
  const prepared = updateCakeInCartWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      line_id: input.line_id,
      photo: input.photo,
      customer_id: input.customer_id,
    })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(prepared)
})
