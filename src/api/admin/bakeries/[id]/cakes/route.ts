import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateBakeryCakesWorkflow } from "../../../../../workflows/bakery/workflows/update-bakery-cakes"
import { refetchBakery } from "../../refetch-bakery"
import { AdminUpdateBakeryCakesType } from "../../validators"

/** Attaches (`add`) and detaches (`remove`) cakes by product id. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBakeryCakesType>, res: MedusaResponse) => {
  await updateBakeryCakesWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, ...req.validatedBody },
  })
  const bakery = await refetchBakery(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ bakery })
}
