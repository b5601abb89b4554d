import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"

export type RemoveBakeryMemberStepInput = {
  bakery_id: string
  /** The member's user id, or the membership's id for an email that has no user yet. */
  user_id: string
}

export const removeBakeryMemberStepId = "remove-bakery-member"

/**
 * Takes a user (or an invited email) out of a bakery; none is a 404. The row is
 * soft-deleted, so a user whose last membership goes stays a member of no bakery
 * (they see nothing) rather than becoming a platform admin. Compensation restores it.
 */
export const removeBakeryMemberStep = createStep(
  removeBakeryMemberStepId,
  async ({ bakery_id, user_id }: RemoveBakeryMemberStepInput, { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const [member] = await service.listBakeryMembers({ bakery_id, $or: [{ user_id }, { id: user_id }] }, { select: ["id"] })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${user_id} of bakery ${bakery_id} was not found`)
    }
    await service.softDeleteBakeryMembers(member.id)
    return new StepResponse(member.id, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await (container.resolve(BAKERY_MODULE) as BakeryModuleService).restoreBakeryMembers(memberId)
  }
)
