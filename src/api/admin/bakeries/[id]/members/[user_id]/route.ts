import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeBakeryMemberWorkflow } from "../../../../../../workflows/bakery/workflows/remove-bakery-member"

/** Takes a user (or, by the membership's id, an invited email) out of the bakery. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await removeBakeryMemberWorkflow(req.scope).run({ input: { bakery_id: req.params.id, user_id: req.params.user_id } })
  res.json({ id: result, object: "bakery_member", deleted: true })
}
