import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartAccess } from "../checkout/rules/owner-access"

/**
 * `POST /store/carts/:id/customer` takes over a guest's cart when they log in;
 * a cart that already belongs to another registered customer is not theirs to
 * take, and to them it does not exist (the same 404 as a missing cart).
 */
transferCartCustomerWorkflow.hooks.validate(async ({ input, cart }) => {
  assertCartAccess(cart, input.id, input.customer_id)
})
