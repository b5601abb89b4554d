import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { EmailTemplateName } from "../../../emails/templates"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailFields, planFulfillmentEmail } from "../rules/order-email"
import { sendOrSkipEmail } from "../utils/send-or-skip-email"

export type SendFulfillmentEmailWorkflowInput = { fulfillment_id: string; template: EmailTemplateName; event: string }

export const sendFulfillmentEmailWorkflowId = "send-fulfillment-email"

/**
 * For shipment and delivery events, which name the fulfillment: finds its order,
 * then sends that order's email (once per shipment; the delivered email once per
 * order, when the last cake arrives).
 */
export const sendFulfillmentEmailWorkflow = createWorkflow(
  sendFulfillmentEmailWorkflowId,
  (input: SendFulfillmentEmailWorkflowInput) => {
    const { data: links } = useQueryGraphStep({
      entity: "order_fulfillment",
      fields: ["order_id"],
      filters: { fulfillment_id: input.fulfillment_id },
    }).config({ name: "get-fulfillment-order" })
    const orderId = transform({ links }, ({ links }) => (links[0]?.order_id as string) ?? "none")
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: orderEmailFields,
      filters: { id: orderId },
    }).config({ name: "get-order" })
    const plan = transform({ orders, input, orderId }, ({ orders, input, orderId }) =>
      planFulfillmentEmail(orders[0], { ...input, order_id: orderId })
    )
    sendOrSkipEmail(plan, "fulfillment email")
    return new WorkflowResponse(plan)
  }
)
