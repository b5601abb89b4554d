import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import BakeryOrderLink from "../../../../../links/bakery-order"
import { AdminBakeryStatsResponse } from "../../../../../types/bakery/bakery-stats"
import { bakeryStats, StatsOrder } from "../../../../../workflows/bakery/rules/bakery-stats"
import { AdminGetBakeryStatsParamsType } from "../../validators"

const statsOrderFields = [
  "id",
  "status",
  "currency_code",
  "total",
  "items.quantity",
  "items.product_id",
  "items.product_title",
  "items.title",
  "items.detail.quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "delivery_slot.ends_at",
]

/** How a bakery did over a window (default: the last 30 days): orders, revenue, cakes sold, top cakes and on-time deliveries. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetBakeryStatsParamsType>,
  res: MedusaResponse<AdminBakeryStatsResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { from, to } = req.validatedQuery
  const bakeryId = req.params.id

  const { data: [bakery] } = await query.graph({ entity: "bakery", fields: ["id"], filters: { id: bakeryId } })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${bakeryId} was not found`)
  }

  // query.graph cannot filter orders by a linked bakery: read the link's order ids, then the orders by id.
  const { data: links } = await query.graph({
    entity: BakeryOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { bakery_id: bakeryId },
  })
  const orderIds = links.map((link) => link.order_id as string)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: statsOrderFields,
        filters: { id: orderIds, created_at: { $gte: from, $lt: to } },
      })
    : { data: [] }

  res.json({ stats: bakeryStats({ bakery_id: bakeryId, from, to, orders: orders as unknown as StatsOrder[] }) })
}
