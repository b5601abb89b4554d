import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

export type CakePicture = {
  product_id: string
  filename: string
  mime_type: string
  /** The file's bytes, base64 (what the File module takes since 2.11). */
  content: string
}

export type AttachCakePicturesWorkflowInput = { pictures: CakePicture[] }

export const attachCakePicturesWorkflowId = "attach-cake-pictures"

/**
 * Uploads cake pictures through the File module (public files: shop fronts show
 * them) and makes each its product's thumbnail and only image. If the products
 * cannot be updated, the upload's compensation deletes the files again.
 */
export const attachCakePicturesWorkflow = createWorkflow(attachCakePicturesWorkflowId, (input: AttachCakePicturesWorkflowInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.pictures.map((picture) => ({
        filename: picture.filename,
        mimeType: picture.mime_type,
        content: picture.content,
        access: "public" as const,
      })),
    })),
  })
  const products = transform({ input, files }, ({ input, files }) =>
    input.pictures.map((picture, i) => ({ id: picture.product_id, thumbnail: files[i].url, images: [{ url: files[i].url }] }))
  )
  updateProductsWorkflow.runAsStep({ input: { products } })
  return new WorkflowResponse(files)
})
