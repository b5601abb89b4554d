import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderLinePhoto } from "../../../../../../../workflows/cake/utils/cake-photo-line"
import { sendCakePhoto } from "../../../../../../utils/send-cake-photo"

/** The photo of an ordered cake, for the bakery. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const photo = await orderLinePhoto(req.scope, { order_id: req.params.id, item_id: req.params.item_id, staff: true })
  await sendCakePhoto(req, res, photo)
}
