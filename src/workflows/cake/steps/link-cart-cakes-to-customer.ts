import { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"

export const linkCartCakesToCustomerStepId = "link-cart-cakes-to-customer"

/** Links a cart's customisations to the cart's customer where not yet linked; compensation dismisses those links. */
export const linkCartCakesToCustomerStep = createStep(
  linkCartCakesToCustomerStepId,
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: [cart] }, { data: customizations }] = await Promise.all([
      query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: input.cart_id } }),
      query.graph({ entity: "cake_customization", fields: ["id", "customer.id"], filters: { cart_id: input.cart_id } }),
    ])
    const links: LinkDefinition[] = cart?.customer_id
      ? customizations
          .filter((c: any) => c.customer?.id !== cart.customer_id)
          .map((c: any) => ({
            [Modules.CUSTOMER]: { customer_id: cart.customer_id },
            [CAKE_MODULE]: { cake_customization_id: c.id },
          }))
      : []
    if (links.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    }
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
