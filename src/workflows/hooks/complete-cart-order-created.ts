import { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { cakeOrderLinks } from "../cake/utils/cake-order-links"
import { captureDeposit } from "../deposit/utils/capture-deposit"
import { BookedSlot, bookDeliverySlot, unbookDeliverySlot } from "../delivery/utils/book-delivery-slot"

type Undo = { links: LinkDefinition[]; booked: BookedSlot | null }
type OrderCreatedHook = (
  handler: (input: { order_id: string; cart_id: string }, context: { container: any }) => Promise<StepResponse<Undo, Undo>>,
  compensate: (undo: Undo | undefined, context: { container: any }) => Promise<void>
) => void

/**
 * When checkout creates the order (one handler per hook per app, so both cake
 * concerns live here): customisations follow their lines to the order, the
 * order is linked to its bakery, the cart's delivery slot is booked for it, and
 * a deposit is captured.
 * The hook exists at runtime; completeCartWorkflow's TypeScript types omit it.
 */
;((completeCartWorkflow.hooks as any).orderCreated as OrderCreatedHook)(
  async ({ order_id, cart_id }, { container }) => {
    const links = await cakeOrderLinks(container, order_id)
    if (links.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    }
    const booked = await bookDeliverySlot(container, cart_id, order_id)
    // Last, once nothing else here can fail: a capture is undone only by a refund,
    // which Medusa's own compensation of checkout makes if a later step fails. A
    // failed capture undoes this handler's own writes (a failing step is not
    // compensated) before checkout fails.
    try {
      await captureDeposit(container, order_id)
    } catch (error) {
      await undoOrderCreated({ links, booked }, container)
      throw error
    }
    return new StepResponse({ links, booked }, { links, booked })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoOrderCreated(undo, container)
  }
)

async function undoOrderCreated(undo: Undo, container: MedusaContainer) {
  if (undo.booked) {
    await unbookDeliverySlot(container, undo.booked)
  }
  if (undo.links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.links)
  }
}
