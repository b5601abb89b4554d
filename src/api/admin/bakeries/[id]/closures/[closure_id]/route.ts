import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBakeryClosureWorkflow } from "../../../../../../workflows/bakery/workflows/delete-bakery-closure"

/** Reopens the closure's days. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBakeryClosureWorkflow(req.scope).run({ input: { bakery_id: req.params.id, closure_id: req.params.closure_id } })
  res.json({ id: req.params.closure_id, object: "bakery_closure", deleted: true })
}
