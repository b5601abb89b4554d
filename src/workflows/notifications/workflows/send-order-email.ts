import type { OrderEmailData } from "../../../emails/order-email-data"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { EmailTemplateName } from "../../../emails/templates"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailFields, planOrderEmail } from "../rules/order-email"
import { sendOrSkipEmail } from "../utils/send-or-skip-email"

export type SendOrderEmailWorkflowInput = {
  order_id: string
  /** One of src/emails/templates.ts. */
  template: EmailTemplateName
  /** The event that asked for it (recorded as the notification's trigger). */
  event: string
  /** What makes this email unique (with the template): an order, fulfillment or estimate id. */
  key: string
  eta_at?: string | null
  /** The balance email's amount, due time and pay link. */
  balance?: OrderEmailData["balance"]
}

export const sendOrderEmailWorkflowId = "send-order-email"

/** Loads the order with one query.graph and sends one of the order emails to its address, once. */
export const sendOrderEmailWorkflow = createWorkflow(sendOrderEmailWorkflowId, (input: SendOrderEmailWorkflowInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: orderEmailFields,
    filters: { id: input.order_id },
  })
  const plan = transform({ orders, input }, ({ orders, input }) => planOrderEmail(orders[0], input))
  sendOrSkipEmail(plan, "order email")
  return new WorkflowResponse(plan)
})
