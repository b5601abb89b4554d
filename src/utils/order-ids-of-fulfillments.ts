import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The ids of the orders whose fulfillments match `filters` (a filter of
 * Medusa's `fulfillment`): two queries whatever their number, the fulfillments,
 * then the order-fulfillment link. Each order once.
 */
export async function orderIdsOfFulfillments(container: MedusaContainer, filters: Record<string, unknown>): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fulfillments } = await query.graph({ entity: "fulfillment", fields: ["id"], filters })
  if (!fulfillments.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: fulfillments.map((f) => f.id) },
  })
  return [...new Set(links.map((link: { order_id: string }) => link.order_id))]
}
