import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { recordLapsedPayment } from "../workflows/deposit/utils/record-lapsed-payment"

/**
 * Medusa's webhook handler ignores a provider's "cancelled" (Stripe's
 * `payment_intent.canceled`: an uncaptured hold expired or was cancelled in Stripe):
 * here the payment is cancelled in Medusa too, so a balance held on a card that is
 * no longer held is owed again. The provider verifies the webhook first (a forged
 * one throws, and Medusa's own handler logs it).
 */
export default async function paymentLapsedHoldHandler({ event: { data }, container }: SubscriberArgs<ProviderWebhookPayload>) {
  // Through Redis the body arrives as JSON: `{ type: "Buffer", data }` (Medusa's handler turns it back the same way).
  const rawData = data.payload?.rawData as unknown as { type?: string; data?: number[] } | undefined
  const webhook = rawData?.type === "Buffer" ? { ...data, payload: { ...data.payload, rawData: Buffer.from(rawData.data ?? []) } } : data
  const processed = await container
    .resolve(Modules.PAYMENT)
    .getWebhookActionAndData(webhook)
    .catch(() => null)
  if (processed?.action !== PaymentActions.CANCELED || !processed.data?.session_id) {
    return
  }
  await recordLapsedPayment(container, processed.data.session_id)
}

export const config: SubscriberConfig = { event: PaymentWebhookEvents.WebhookReceived, context: { subscriberId: "payment-lapsed-hold" } }
