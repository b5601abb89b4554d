import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import BakeryOrderLink from "../../../links/bakery-order"
import { StatsOrder } from "../rules/bakery-stats"

export type LoadBakeryOrdersInput = { bakery_id: string; from: Date; to: Date }

/** What the stats read of each order. */
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

export const loadBakeryOrdersStepId = "load-bakery-orders"

/**
 * A bakery's orders placed in [from, to), with what its stats read; an unknown
 * bakery is a 404. query.graph cannot filter orders by a linked bakery, so the
 * link gives the order ids and one more query the orders. Writes nothing.
 */
export const loadBakeryOrdersStep = createStep(loadBakeryOrdersStepId, async (input: LoadBakeryOrdersInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bakery] } = await query.graph({ entity: "bakery", fields: ["id"], filters: { id: input.bakery_id } })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${input.bakery_id} was not found`)
  }
  const { data: links } = await query.graph({
    entity: BakeryOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { bakery_id: input.bakery_id },
  })
  const orderIds = links.map((link) => link.order_id as string)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: statsOrderFields,
        filters: { id: orderIds, created_at: { $gte: new Date(input.from), $lt: new Date(input.to) } },
      })
    : { data: [] }
  return new StepResponse(orders as unknown as StatsOrder[])
})
