import { OrderEmailData } from "../../../emails/order-email-data"
import type { EmailTemplateName } from "../../../emails/templates"
import { deliveryStatus, deliveryStatusFields } from "../../delivery/rules/delivery-status"

/** What one query.graph reads of an order for any order email. */
export const orderEmailFields = [...new Set([
  "id",
  "display_id",
  "email",
  "currency_code",
  "subtotal",
  "shipping_total",
  "total",
  "customer_id",
  "customer.first_name",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "items.cake_customization.message",
  "items.cake_customization.egg_version",
  "items.cake_customization.toppings",
  "items.cake_customization.shape",
  "items.cake_customization.notes",
  "delivery_slot.starts_at",
  "delivery_slot.ends_at",
  "bakery.name",
  "bakery.email",
  "bakery.phone",
  "bakery.address_1",
  "bakery.city",
  "bakery.postal_code",
  "bakery.timezone",
  ...deliveryStatusFields,
])]

export type EmailNotification = {
  to: string
  channel: "email"
  template: EmailTemplateName
  data: Record<string, unknown>
  trigger_type: string
  resource_id: string
  resource_type: string
  receiver_id: string | null
  idempotency_key: string
}

/** An email to send, or why none is sent (logged, never retried). */
export type EmailPlan = { notification: EmailNotification; skip?: undefined } | { notification?: undefined; skip: string }

const when = (value: unknown) => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value))

/** The template data of an order email, from the query.graph result. */
export function orderEmailData(order: any, extra: { eta_at?: string | null } = {}): OrderEmailData {
  const bakery = order.bakery
  return {
    sender: bakery
      ? {
          name: bakery.name,
          email: bakery.email,
          phone: bakery.phone,
          address: [bakery.address_1, bakery.city, bakery.postal_code].filter(Boolean).join(", ") || null,
        }
      : { name: "SweetSpot" },
    customer_name: order.customer?.first_name ?? null,
    display_id: order.display_id,
    currency_code: order.currency_code,
    items: (order.items ?? []).filter(Boolean).map((item: any) => ({
      title: item.product_title ?? item.title,
      variant: item.variant_title ?? null,
      quantity: Number(item.quantity),
      total: Number(item.total ?? 0),
      customization: item.cake_customization
        ? {
            message: item.cake_customization.message ?? null,
            egg_version: item.cake_customization.egg_version,
            toppings: item.cake_customization.toppings ?? [],
            shape: item.cake_customization.shape ?? null,
            notes: item.cake_customization.notes ?? null,
          }
        : null,
    })),
    subtotal: Number(order.subtotal ?? 0),
    shipping_total: Number(order.shipping_total ?? 0),
    total: Number(order.total ?? 0),
    slot: order.delivery_slot
      ? { starts_at: when(order.delivery_slot.starts_at)!, ends_at: when(order.delivery_slot.ends_at)! }
      : null,
    timezone: bakery?.timezone ?? "Europe/London",
    eta_at: extra.eta_at ?? null,
  }
}

/**
 * Plans an order email: to the order's address, keyed so the same event never
 * sends twice. Skips (with the reason) an order that is gone or has no email.
 */
export function planOrderEmail(
  order: any,
  input: { order_id: string; template: EmailTemplateName; event: string; key: string; eta_at?: string | null }
): EmailPlan {
  if (!order) {
    return { skip: `order ${input.order_id} no longer exists` }
  }
  if (!order.email) {
    return { skip: `order ${input.order_id} has no email address` }
  }
  return {
    notification: {
      to: order.email,
      channel: "email",
      template: input.template,
      data: orderEmailData(order, { eta_at: input.eta_at }),
      trigger_type: input.event,
      resource_id: order.id,
      resource_type: "order",
      receiver_id: order.customer_id ?? null,
      idempotency_key: `${input.template}:${input.key}`,
    },
  }
}

/**
 * Plans the email of a shipment or delivery event, which names one fulfillment:
 * "out for delivery" once per shipment; "delivered" once per order, when its last
 * cake arrives (an order delivered in parts still reads shipped until then).
 */
export function planFulfillmentEmail(
  order: any,
  input: { order_id: string; fulfillment_id: string; template: EmailTemplateName; event: string }
): EmailPlan {
  if (input.template !== "order-delivered") {
    return planOrderEmail(order, { ...input, key: input.fulfillment_id })
  }
  if (order && deliveryStatus(order) !== "delivered") {
    return { skip: `order ${input.order_id} is not fully delivered yet: its delivered email goes with the last cake` }
  }
  return planOrderEmail(order, { ...input, key: input.order_id })
}
