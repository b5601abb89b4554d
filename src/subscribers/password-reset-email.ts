import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { storefrontUrl } from "../utils/storefront-url"
import { sendPasswordResetEmailWorkflow } from "../workflows/notifications/workflows/send-password-reset-email"

type PasswordResetEvent = { entity_id: string; token: string; actor_type: string }

export default async function passwordResetEmailHandler({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  await sendPasswordResetEmailWorkflow(container).run({
    input: {
      ...data,
      storefront_url: storefrontUrl(),
      admin_url: process.env.MEDUSA_ADMIN_URL || "http://localhost:9000/app",
      driver_app_url: process.env.DRIVER_APP_URL || "http://localhost:8001",
    },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset", context: { subscriberId: "password-reset-email" } }
