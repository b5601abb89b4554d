import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { sameEmail } from "../rules/member-email"
import { BakeryRole } from "../rules/staff-access"

export type AddBakeryMemberStepInput = {
  bakery_id: string
  user_id?: string
  email?: string
  role: BakeryRole
  /** Whether a bakery member (an owner) asks, rather than a platform admin. */
  by_member: boolean
}

export const addBakeryMemberStepId = "add-bakery-member"

/**
 * Makes a user, or an email without a user yet, a member of a bakery. An unknown
 * bakery or user is a 404; a member twice is a 422. An email finds its user in any
 * letter case (several users spelling it differently are a 409). A bakery owner
 * cannot turn a platform admin (a user who never had a membership) into bakery
 * staff: only a platform admin can. Compensation deletes the membership.
 */
export const addBakeryMemberStep = createStep(
  addBakeryMemberStepId,
  async (input: AddBakeryMemberStepInput, { container }) => {
    const bakeries: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [bakery] = await bakeries.listBakeries({ id: input.bakery_id }, { select: ["id"] })
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${input.bakery_id} was not found`)
    }
    const { data: found } = await query.graph({
      entity: "user",
      fields: ["id", "email"],
      // Users keep their email as they signed up: `Boss@…` must be found for `boss@…`.
      filters: input.user_id ? { id: input.user_id } : { email: sameEmail(input.email!) },
    })
    if (input.user_id && !found.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `User ${input.user_id} was not found`)
    }
    if (found.length > 1) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Several users have the email ${input.email!.toLowerCase()} in different letter cases: add one of them by user_id`
      )
    }
    const [user] = found
    const email = (user?.email ?? input.email!).toLowerCase()
    const taken = await bakeries.listBakeryMembers(
      user
        ? { bakery_id: bakery.id, $or: [{ user_id: user.id }, { email: sameEmail(email) }] }
        : { bakery_id: bakery.id, email: sameEmail(email) },
      { select: ["id"] }
    )
    if (taken.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} is already a member of bakery ${bakery.id}`)
    }
    if (user && input.by_member) {
      const ever = await bakeries.listBakeryMembers({ user_id: user.id }, { select: ["id"], withDeleted: true })
      if (!ever.length) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `${email} is a platform admin: only a platform admin can make them a member of a bakery`
        )
      }
    }
    const member = await bakeries.createBakeryMembers({ bakery_id: bakery.id, user_id: user?.id ?? null, email, role: input.role })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await (container.resolve(BAKERY_MODULE) as BakeryModuleService).deleteBakeryMembers(memberId)
  }
)
