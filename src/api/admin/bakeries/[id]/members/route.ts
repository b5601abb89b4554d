import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../../../../modules/bakery"
import BakeryModuleService from "../../../../../modules/bakery/service"
import { addBakeryMemberWorkflow } from "../../../../../workflows/bakery/workflows/add-bakery-member"
import { bakeryAccessOf } from "../../../../security/bakery-staff"
import { AdminCreateBakeryMemberType, memberView } from "./validators"

/** The bakery's members and the emails waiting to accept an invite, owners first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bakeries: BakeryModuleService = req.scope.resolve(BAKERY_MODULE)
  const [bakery] = await bakeries.listBakeries({ id: req.params.id }, { select: ["id"] })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${req.params.id} was not found`)
  }
  const members = await bakeries.listBakeryMembers({ bakery_id: bakery.id }, { order: { role: "ASC", email: "ASC" } })
  res.json({ members: members.map(memberView) })
}

/** Adds a user (`user_id`), or an email without a user yet, as `owner` or `staff`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBakeryMemberType>, res: MedusaResponse) => {
  const { result } = await addBakeryMemberWorkflow(req.scope).run({
    input: { bakery_id: req.params.id, ...req.validatedBody, by_member: !!bakeryAccessOf(req) },
  })
  res.json({ member: memberView(result) })
}
