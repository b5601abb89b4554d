import { OrderEmailData } from "../../../emails/order-email-data"
import type { EmailTemplateName } from "../../../emails/templates"
import { orderTrackingUrl } from "../../../utils/storefront-url"
import { collectionStatus, fulfillmentKind, orderProgressFields } from "../../delivery/rules/collection-status"
import { deliveryStatus } from "../../delivery/rules/delivery-status"
import { lineAmount, orderMoney, orderMoneyFields, pricesIncludeTax } from "./order-money"

/** What one query.graph reads of an order for any order email. */
export const orderEmailFields = [...new Set([
  "id",
  "display_id",
  "email",
  ...orderMoneyFields,
  "customer_id",
  "customer.first_name",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.cake_customization.message",
  "items.cake_customization.egg_version",
  "items.cake_customization.toppings",
  "items.cake_customization.shape",
  "items.cake_customization.notes",
  "items.cake_customization.photo",
  "delivery_slot.starts_at",
  "delivery_slot.ends_at",
  "bakery.name",
  "bakery.email",
  "bakery.phone",
  "bakery.address_1",
  "bakery.city",
  "bakery.postal_code",
  "bakery.timezone",
  "bakery.opening_hours",
  ...orderProgressFields,
  "summary.*",
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
export function orderEmailData(
  order: any,
  extra: { eta_at?: string | null; storefront_url?: string; balance?: OrderEmailData["balance"] } = {}
): OrderEmailData {
  const bakery = order.bakery
  const includesTax = pricesIncludeTax(order)
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
      total: lineAmount(item, includesTax, order.currency_code),
      customization: item.cake_customization
        ? {
            message: item.cake_customization.message ?? null,
            egg_version: item.cake_customization.egg_version,
            toppings: item.cake_customization.toppings ?? [],
            shape: item.cake_customization.shape ?? null,
            notes: item.cake_customization.notes ?? null,
            has_photo: Boolean(item.cake_customization.photo),
          }
        : null,
    })),
    money: orderMoney(order),
    slot: order.delivery_slot
      ? { starts_at: when(order.delivery_slot.starts_at)!, ends_at: when(order.delivery_slot.ends_at)! }
      : null,
    timezone: bakery?.timezone ?? "Europe/London",
    eta_at: extra.eta_at ?? null,
    fulfillment: fulfillmentKind(order),
    tracking_url: orderTrackingUrl(order.id, extra.storefront_url),
    opening_hours: Array.isArray(bakery?.opening_hours) ? bakery.opening_hours : [],
    ...(order.summary
      ? { payments: { paid: Number(order.summary.transaction_total ?? 0), refunded: Number(order.summary.refunded_total ?? 0) } }
      : {}),
    ...(extra.balance ? { balance: extra.balance } : {}),
  }
}

/** The email an order gets for an event: the template asked for, or a collected order's own (once per order), or none. */
export type OrderEmailChoice = { template: EmailTemplateName; key?: string; skip?: undefined } | { skip: string }

/**
 * A collected order's emails in place of a delivered one's. Medusa's fulfillment
 * is staff's "Ready for collection", so the event that sends "being prepared" to a
 * delivered order sends "ready to collect" instead (once per order, when every
 * cake is ready: never both, which would arrive together and contradict each
 * other); Medusa's delivery is "Collected", so "delivered" becomes "collected"
 * (once per order). Nothing is out for delivery or arriving soon. A delivered
 * order, and every other email, keep the template asked for.
 */
export function emailForFulfillmentKind(
  order: Parameters<typeof collectionStatus>[0] & { id: string },
  template: EmailTemplateName
): OrderEmailChoice {
  if (fulfillmentKind(order) !== "pickup") {
    return { template }
  }
  const status = collectionStatus(order)
  switch (template) {
    case "order-preparing":
      return status === "ready_for_pickup"
        ? { template: "ready-for-pickup", key: order.id }
        : { skip: `order ${order.id} is collected: its ready-to-collect email goes once every cake is ready (it reads ${status})` }
    case "order-delivered":
      return status === "collected"
        ? { template: "order-collected", key: order.id }
        : { skip: `order ${order.id} is collected: its collected email goes once every cake is handed over (it reads ${status})` }
    case "out-for-delivery":
    case "arriving-soon":
      return { skip: `order ${order.id} is collected from the bakery: no ${template} email` }
    default:
      return { template }
  }
}

/**
 * Plans an order email: to the order's address, keyed so the same event never
 * sends twice; a collected order's own email in place of a delivered one's
 * (`emailForFulfillmentKind`). Skips (with the reason) an order that is gone or
 * has no email.
 */
export function planOrderEmail(
  order: any,
  input: {
    order_id: string
    template: EmailTemplateName
    event: string
    key: string
    eta_at?: string | null
    storefront_url?: string
    balance?: OrderEmailData["balance"]
  }
): EmailPlan {
  if (!order) {
    return { skip: `order ${input.order_id} no longer exists` }
  }
  if (!order.email) {
    return { skip: `order ${input.order_id} has no email address` }
  }
  const choice = emailForFulfillmentKind(order, input.template)
  if (choice.skip !== undefined) {
    return { skip: choice.skip }
  }
  return {
    notification: {
      to: order.email,
      channel: "email",
      template: choice.template,
      data: orderEmailData(order, { eta_at: input.eta_at, storefront_url: input.storefront_url, balance: input.balance }),
      trigger_type: input.event,
      resource_id: order.id,
      resource_type: "order",
      receiver_id: order.customer_id ?? null,
      idempotency_key: `${choice.template}:${choice.key ?? input.key}`,
    },
  }
}

/**
 * Plans the email of a shipment or delivery event, which names one fulfillment:
 * "out for delivery" once per shipment; "delivered" once per order, when its last
 * cake arrives (an order delivered in parts still reads shipped until then); for
 * a collected order, "collected" once per order and no "out for delivery".
 */
export function planFulfillmentEmail(
  order: any,
  input: { order_id: string; fulfillment_id: string; template: EmailTemplateName; event: string; storefront_url?: string }
): EmailPlan {
  if (input.template !== "order-delivered") {
    return planOrderEmail(order, { ...input, key: input.fulfillment_id })
  }
  if (order && fulfillmentKind(order) === "delivery" && deliveryStatus(order) !== "delivered") {
    return { skip: `order ${input.order_id} is not fully delivered yet: its delivered email goes with the last cake` }
  }
  return planOrderEmail(order, { ...input, key: input.order_id })
}
