import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { sameEmail } from "../rules/member-email"

export type BindBakeryMembersStepInput = { user_id: string; email: string }

export const bindBakeryMembersStepId = "bind-bakery-members"

/** The memberships kept for a user's email (before they had a user) become theirs. Compensation unbinds them. */
export const bindBakeryMembersStep = createStep(
  bindBakeryMembersStepId,
  async ({ user_id, email }: BindBakeryMembersStepInput, { container }) => {
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const waiting = await service.listBakeryMembers({ email: sameEmail(email), user_id: null }, { select: ["id"] })
    if (!waiting.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const ids = waiting.map((member) => member.id)
    await service.updateBakeryMembers(ids.map((id) => ({ id, user_id })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await service.updateBakeryMembers(ids.map((id) => ({ id, user_id: null })))
  }
)
