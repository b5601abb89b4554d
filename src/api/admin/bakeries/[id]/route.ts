import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteBakeriesWorkflow } from "../../../../workflows/bakery/workflows/delete-bakeries"
import { updateBakeriesWorkflow } from "../../../../workflows/bakery/workflows/update-bakeries"
import { AdminUpdateBakeryType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bakery = await refetchEntity({ entity: "bakery", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${req.params.id} was not found`)
  }
  res.json({ bakery })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBakeryType>, res: MedusaResponse) => {
  await updateBakeriesWorkflow(req.scope).run({
    input: { bakeries: [{ ...req.validatedBody, id: req.params.id }] },
  })
  const bakery = await refetchEntity({ entity: "bakery", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields })
  res.json({ bakery })
}

/** Deletes the bakery; its cakes stay as products, unlinked. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBakeriesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "bakery", deleted: true })
}
