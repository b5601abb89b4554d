import { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { CAKE_MODULE } from "../../../modules/cake"

type OrderCreatedHook = (
  handler: (input: { order_id: string; cart_id: string }, context: { container: any }) => Promise<StepResponse<any, any>>,
  compensate: (links: LinkDefinition[] | undefined, context: { container: any }) => Promise<void>
) => void

/**
 * At checkout the order line items are new rows that keep the cart lines'
 * metadata: each customisation is linked to the order line carrying its id, and
 * the order to the bakery of its cakes. (The hook exists at runtime; the
 * workflow's TypeScript types leave it out.)
 */
;((completeCartWorkflow.hooks as any).orderCreated as OrderCreatedHook)(
  async ({ order_id }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.metadata", "items.product_id"],
      filters: { id: order_id },
    })
    const items: any[] = order?.items ?? []
    const links: LinkDefinition[] = items
      .filter((item) => item.metadata?.cake_customization_id)
      .map((item) => ({
        [Modules.ORDER]: { order_line_item_id: item.id },
        [CAKE_MODULE]: { cake_customization_id: item.metadata.cake_customization_id },
      }))

    const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))]
    if (productIds.length) {
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "bakery.id"], filters: { id: productIds } })
      const bakeryId = products.find((p: any) => p.bakery)?.bakery?.id
      if (bakeryId) {
        links.push({ [BAKERY_MODULE]: { bakery_id: bakeryId }, [Modules.ORDER]: { order_id } })
      }
    }

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
