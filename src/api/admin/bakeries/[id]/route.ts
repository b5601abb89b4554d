import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBakeriesWorkflow } from "../../../../workflows/bakery/workflows/delete-bakeries"
import { updateBakeriesWorkflow } from "../../../../workflows/bakery/workflows/update-bakeries"
import { refetchBakery } from "../refetch-bakery"
import { AdminUpdateBakeryType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bakery = await refetchBakery(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ bakery })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBakeryType>, res: MedusaResponse) => {
  await updateBakeriesWorkflow(req.scope).run({
    input: { bakeries: [{ ...req.validatedBody, id: req.params.id }] },
  })
  const bakery = await refetchBakery(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ bakery })
}

/** Deletes the bakery; its cakes stay as products, unlinked. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBakeriesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "bakery", deleted: true })
}
