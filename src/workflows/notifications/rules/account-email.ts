import { createHash } from "node:crypto"
import { EmailPlan } from "./order-email"

/** Plans the welcome email of a new account; guests checking out (no account) get none. */
export function planWelcomeEmail(customer: any, customerId: string): EmailPlan {
  if (!customer) {
    return { skip: `customer ${customerId} no longer exists` }
  }
  if (!customer.has_account) {
    return { skip: `customer ${customerId} is a guest without an account` }
  }
  if (!customer.email) {
    return { skip: `customer ${customerId} has no email address` }
  }
  return {
    notification: {
      to: customer.email,
      channel: "email",
      template: "welcome",
      data: { first_name: customer.first_name ?? null, email: customer.email },
      trigger_type: "customer.created",
      resource_id: customer.id,
      resource_type: "customer",
      receiver_id: customer.id,
      idempotency_key: `welcome:${customer.id}`,
    },
  }
}

export type PasswordResetEvent = { entity_id: string; token: string; actor_type: string }

/**
 * Plans the password-reset email: the link goes to the storefront for shoppers,
 * the admin for staff and the driver app for drivers. Keyed by the token, so each
 * request sends once.
 */
export function planPasswordResetEmail(
  event: PasswordResetEvent,
  urls: { storefront_url: string; admin_url: string; driver_app_url: string }
): EmailPlan {
  if (!event.entity_id?.includes("@")) {
    return { skip: `password reset for "${event.entity_id}", which is not an email address` }
  }
  const pages: Record<string, string> = { customer: urls.storefront_url, user: urls.admin_url, driver: urls.driver_app_url }
  const base = pages[event.actor_type] ?? null
  if (!base) {
    return { skip: `password reset for actor type "${event.actor_type}", which has no reset page` }
  }
  const reset_url = `${base.replace(/\/$/, "")}/reset-password?token=${encodeURIComponent(event.token)}&email=${encodeURIComponent(event.entity_id)}`
  return {
    notification: {
      to: event.entity_id,
      channel: "email",
      template: "password-reset",
      data: { reset_url },
      trigger_type: "auth.password_reset",
      resource_id: event.entity_id,
      resource_type: event.actor_type,
      receiver_id: null,
      idempotency_key: `password-reset:${createHash("sha256").update(event.token).digest("hex").slice(0, 32)}`,
    },
  }
}
