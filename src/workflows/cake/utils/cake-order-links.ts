import { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { CAKE_MODULE } from "../../../modules/cake"

/**
 * The links a new order needs from its cakes: each customisation to the order
 * line carrying its id in metadata (order lines are new rows that keep the cart
 * lines' metadata), and the order to the bakery of its cakes.
 */
export async function cakeOrderLinks(container: MedusaContainer, orderId: string): Promise<LinkDefinition[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.metadata", "items.product_id"],
    filters: { id: orderId },
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
      links.push({ [BAKERY_MODULE]: { bakery_id: bakeryId }, [Modules.ORDER]: { order_id: orderId } })
    }
  }
  return links
}
