import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cakeCustomizationItemFields } from "../../../../store/carts/query-config"
import { orderProgress, orderProgressFields } from "../../../../../workflows/delivery/rules/collection-status"
import { orderBalance } from "../../../../../workflows/deposit/utils/order-balance"
import { balanceView } from "../../../../store/orders/[id]/balance/balance-view"
import { deliveryEstimateFields, estimateView } from "../../../../../workflows/delivery/utils/delivery-estimate-view"

/**
 * What the bakery needs to bake and hand over an order: each line with its customisation, collect or deliver
 * and the status in the shopper's words, the slot and the ETA (none for a pickup order).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      // An order line's quantity lives on its order item ("detail"), which must be loaded for Medusa to copy it onto the line.
      "items.quantity",
      "items.detail.quantity",
      "items.unit_price",
      ...cakeCustomizationItemFields,
      "delivery_slot.date",
      "delivery_slot.starts_at",
      "delivery_slot.ends_at",
      ...deliveryEstimateFields,
      ...orderProgressFields,
    ],
    filters: { id: req.params.id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const progress = orderProgress(order)
  const balance = (await orderBalance(req.scope, [order.id])).get(order.id)!
  res.json({
    items: (order.items ?? []).filter(Boolean).map((item: any) => {
      const { id, title, product_title, variant_title, quantity, unit_price } = item
      return { line_item: { id, title, product_title, variant_title, quantity, unit_price }, customization: item.cake_customization ?? null }
    }),
    ...progress,
    slot: order.delivery_slot ?? null,
    estimate: progress.fulfillment === "pickup" ? null : estimateView(order.delivery_estimate),
    balance: { ...balanceView(balance), unpaid_at_cutoff: balance.unpaid_at_cutoff },
  })
}
