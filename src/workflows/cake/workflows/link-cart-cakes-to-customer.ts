import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkCartCakesToCustomerStep } from "../steps/link-cart-cakes-to-customer"

export const linkCartCakesToCustomerWorkflowId = "link-cart-cakes-to-customer"

/** A guest's cart became a customer's: so do its customisations. */
export const linkCartCakesToCustomerWorkflow = createWorkflow(
  linkCartCakesToCustomerWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(linkCartCakesToCustomerStep(input))
)
