import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { updateBakeryCakesWorkflow } from "../../../../../workflows/bakery/workflows/update-bakery-cakes"
import { AdminUpdateBakeryCakesType } from "../../validators"

/** Attaches (`add`) and detaches (`remove`) cakes by product id. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBakeryCakesType>, res: MedusaResponse) => {
  await updateBakeryCakesWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, ...req.validatedBody },
  })
  const bakery = await refetchEntity({ entity: "bakery", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields })
  res.json({ bakery })
}
