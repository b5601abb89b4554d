import { MedusaResponse, MedusaStoreRequest, refetchEntity } from "@medusajs/framework/http"
import { photoMaxBytes } from "../../../../../../../workflows/cake/rules/cake-photo-settings"
import { assertCakeLineTakesPhoto, cartLinePhoto } from "../../../../../../../workflows/cake/utils/cake-photo-line"
import { attachCakePhotoWorkflow } from "../../../../../../../workflows/cake/workflows/attach-cake-photo"
import { updateCakeInCartWorkflow } from "../../../../../../../workflows/cake/workflows/update-cake-in-cart"
import { receiveCakePhoto } from "../../../../../../utils/cake-photo-upload"
import { sendCakePhoto } from "../../../../../../utils/send-cake-photo"

const target = (req: MedusaStoreRequest) => ({
  cart_id: req.params.id,
  line_id: req.params.line_id,
  customer_id: req.auth_context?.actor_id ?? null,
})

const cartAnswer = async (req: MedusaStoreRequest, res: MedusaResponse) =>
  res.json({ cart: await refetchEntity({ entity: "cart", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields }) })

/**
 * Attaches (or replaces) the line's photo: nothing is read before the line is
 * known to take one; the upload streams to private storage as it is checked; the
 * workflow puts it on the line and reprices it, or deletes it again.
 */
export const POST = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  await assertCakeLineTakesPhoto(req.scope, target(req))
  const photo = await receiveCakePhoto(req, photoMaxBytes())
  await attachCakePhotoWorkflow(req.scope).run({ input: { ...target(req), photo } })
  await cartAnswer(req, res)
}

/** Takes the line's photo off (its file is deleted) and reprices the line. */
export const DELETE = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  await updateCakeInCartWorkflow(req.scope).run({ input: { ...target(req), photo: null } })
  await cartAnswer(req, res)
}

/** The photo itself, for whoever may see the cart. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  await sendCakePhoto(req, res, await cartLinePhoto(req.scope, target(req)))
}
