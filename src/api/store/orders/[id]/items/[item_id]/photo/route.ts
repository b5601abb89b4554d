import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { orderLinePhoto } from "../../../../../../../workflows/cake/utils/cake-photo-line"
import { sendCakePhoto } from "../../../../../../utils/send-cake-photo"

/** The photo of an ordered cake, for whoever may see the order. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const photo = await orderLinePhoto(req.scope, {
    order_id: req.params.id,
    item_id: req.params.item_id,
    customer_id: req.auth_context?.actor_id ?? null,
  })
  await sendCakePhoto(req, res, photo)
}
