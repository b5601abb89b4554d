import { z } from "@medusajs/framework/zod"

export const BAKERY_ROLES = ["owner", "staff"] as const

export const AdminCreateBakeryMember = z
  .strictObject({
    user_id: z.string().trim().min(1).max(100).optional().meta({ description: "An existing Medusa user." }),
    email: z
      .email("email must be an email address")
      .max(320)
      .transform((email) => email.toLowerCase())
      .optional()
      .meta({ description: "Someone without a user yet: the membership is theirs once they accept a Medusa invite for this email." }),
    role: z.enum(BAKERY_ROLES).meta({ description: "`owner` may edit the bakery, its cakes, members, drivers and closures; `staff` may not." }),
  })
  .refine((body) => !!body.user_id !== !!body.email, { message: "Give either user_id or email, not both" })
  .meta({ id: "AdminCreateBakeryMember" })
export type AdminCreateBakeryMemberType = z.infer<typeof AdminCreateBakeryMember>

export const AdminBakeryMember = z
  .object({
    id: z.string(),
    bakery_id: z.string(),
    user_id: z.string().nullable().meta({ description: "Null until the invited email accepts a Medusa invite." }),
    email: z.string(),
    role: z.enum(BAKERY_ROLES),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "AdminBakeryMember", description: "A user (or an invited email) who works for a bakery." })

export const AdminBakeryMemberResponse = z.object({ member: AdminBakeryMember })
export const AdminBakeryMembersResponse = z.object({ members: z.array(AdminBakeryMember) })
export const AdminBakeryMemberDeleteResponse = z.object({ id: z.string(), object: z.literal("bakery_member"), deleted: z.literal(true) })

/** A membership as the routes answer it. */
export const memberView = (member: any) => ({
  id: member.id as string,
  bakery_id: member.bakery_id as string,
  user_id: (member.user_id ?? null) as string | null,
  email: member.email as string,
  role: member.role as (typeof BAKERY_ROLES)[number],
  created_at: new Date(member.created_at).toISOString(),
})
