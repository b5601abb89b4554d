import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendWelcomeEmailWorkflow } from "../workflows/notifications/workflows/send-welcome-email"

export default async function customerCreatedWelcomeHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendWelcomeEmailWorkflow(container).run({ input: { customer_id: data.id } })
}

export const config: SubscriberConfig = { event: "customer.created", context: { subscriberId: "welcome-email" } }
