import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cakeCustomizationItemFields } from "../../../../store/carts/query-config"
import { deliveryEstimateFields, estimateView } from "../../../../utils/delivery-estimate-view"

/** What the bakery needs to bake and deliver an order: each line with its customisation, the slot and the ETA. */
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
    ],
    filters: { id: req.params.id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  res.json({
    items: (order.items ?? []).filter(Boolean).map((item: any) => {
      const { cake_customization, detail, ...line_item } = item
      return { line_item, customization: cake_customization ?? null }
    }),
    slot: order.delivery_slot ?? null,
    estimate: estimateView(order.delivery_estimate),
  })
}
