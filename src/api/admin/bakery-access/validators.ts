import { z } from "@medusajs/framework/zod"
import { BAKERY_ROLES } from "../bakeries/[id]/members/validators"

export const AdminBakeryAccessResponse = z.object({
  access: z
    .object({
      platform_admin: z.boolean().meta({ description: "True for a user with no bakery membership: they see everything." }),
      memberships: z.array(z.object({ bakery_id: z.string(), role: z.enum(BAKERY_ROLES) })),
    })
    .meta({ id: "AdminBakeryAccess", description: "What the logged-in user may see: everything, or their bakeries." }),
})
