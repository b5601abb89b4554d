import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { bindBakeryMembersWorkflow } from "../workflows/bakery/workflows/bind-bakery-members"

/**
 * A new user (Medusa's accepted invite) takes over the bakery memberships kept for
 * their email. The `/admin` staff guard binds them too on the user's first request,
 * so nothing depends on when this runs.
 */
export default async function userCreatedBakeryMembersHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const [user] = await container.resolve(Modules.USER).listUsers({ id: event.data.id }, { select: ["id", "email"] })
  if (!user?.email) return
  await bindBakeryMembersWorkflow(container).run({ input: { user_id: user.id, email: user.email } })
}

export const config: SubscriberConfig = { event: "user.created" }
