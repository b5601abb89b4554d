import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOrderAccess } from "../../checkout/rules/owner-access"
import {
  assertShopperMayCancel,
  cancellationDeadline,
  CancellationPlan,
  CancelPayment,
  currencyDecimals,
  planCancellation,
  StaffRefundChoice,
} from "../rules/deposit"

export type LoadOrderCancellationInput = {
  order_id: string
  refund: StaffRefundChoice
  /** A shopper's own cancellation: their id (not theirs = 404) and the window applies. */
  shopper?: { customer_id: string; now?: Date | string }
}

export type OrderCancellation = {
  /** The fields Medusa's cancelValidateOrder step reads. */
  order: { id: string; status: string; fulfillments: { canceled_at: string | null }[] }
  line_item_ids: string[]
  payment_collection_ids: string[]
  plan: CancellationPlan
  currency_code: string
}

export const loadOrderCancellationStepId = "load-order-cancellation"

const sum = (rows: { amount?: unknown }[] | null | undefined) => (rows ?? []).reduce((total, row) => total + Number(row?.amount ?? 0), 0)

/**
 * Reads an order to cancel and works out its money: which captured payments give
 * back how much for the refund choice, which authorisations to cancel. For a
 * shopper: their own order only (404 otherwise) and only inside the bakery's
 * cancellation window (409 naming the deadline). Writes nothing.
 */
export const loadOrderCancellationStep = createStep(loadOrderCancellationStepId, async (input: LoadOrderCancellationInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "currency_code",
      "customer_id",
      "customer.has_account",
      "items.id",
      "fulfillments.canceled_at",
      "delivery_slot.starts_at",
      "bakery.cancellation_window_hours",
      "payment_collections.id",
      "payment_collections.amount",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: input.order_id },
  })
  if (input.shopper) {
    assertOrderAccess(order, input.order_id, input.shopper.customer_id)
    if (!order.customer_id || order.customer_id !== input.shopper.customer_id) {
      // A guest's order cannot be cancelled by whoever holds its id.
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
  }
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  }
  if (order.status === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is already cancelled`)
  }
  if (input.shopper) {
    const slotStart = order.delivery_slot?.starts_at ? new Date(order.delivery_slot.starts_at as any) : null
    const deadline = slotStart ? cancellationDeadline(slotStart, (order as any).bakery?.cancellation_window_hours) : null
    assertShopperMayCancel(input.shopper.now ? new Date(input.shopper.now) : new Date(), deadline, order.id)
  }

  const collections = (order.payment_collections ?? []).filter(Boolean) as any[]
  const { data: links } = collections.length
    ? await query.graph({ entity: "cart_payment_collection", fields: ["payment_collection_id"], filters: { payment_collection_id: collections.map((c) => c.id) } })
    : { data: [] as any[] }
  const checkout = new Set<string>(links.map((link: any) => link.payment_collection_id))
  const payments: CancelPayment[] = collections.flatMap((collection) =>
    (collection.payments ?? []).filter(Boolean).map((payment: any) => ({
      id: payment.id,
      payment_collection_id: collection.id,
      refundable: sum(payment.captures) - sum(payment.refunds),
      captured: (payment.captures ?? []).length > 0,
      canceled: Boolean(payment.canceled_at),
    }))
  )
  const currency = String(order.currency_code)
  const scale = 10 ** currencyDecimals(currency)
  const checkoutCollections = collections.filter((c) => checkout.has(c.id))
  // A deposit order's checkout collection asked for less than the order: what it captured is the deposit.
  const tookDeposit = checkoutCollections.some((c) => Math.round(Number(c.amount) * scale) < Math.round(Number(order.total) * scale))
  const deposit = tookDeposit
    ? payments.filter((p) => checkout.has(p.payment_collection_id)).reduce((total, p) => total + Math.max(0, p.refundable), 0)
    : 0
  const plan = planCancellation(payments, checkout, input.refund, deposit, currency)

  return new StepResponse<OrderCancellation>({
    order: { id: order.id, status: order.status as string, fulfillments: (order.fulfillments ?? []).filter(Boolean) as any },
    line_item_ids: (order.items ?? []).filter(Boolean).map((item: any) => item.id),
    payment_collection_ids: collections.map((c) => c.id),
    plan,
    currency_code: currency,
  })
})
