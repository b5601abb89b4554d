import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { CAKE_MODULE } from "../../modules/cake"
import CakeModuleService from "../../modules/cake/service"
import { cakeLinePrices } from "../cake/utils/cake-line-prices"

type Repriced = { line_id: string; unit_price: number; customization_id: string; price_adjustment: number }
type Undo = { before: Repriced[] } | null

/**
 * Medusa keeps a custom line price as it is on every cart refresh, even when the
 * cart moves to another currency. A customised cake's price is SweetSpot's: on
 * every refresh (any cart change, Medusa's routes included) each cake line is
 * priced again from its variant's price in the cart's currency and the cake's
 * current profile, before Medusa recomputes promotions, taxes and the payment
 * collection. This hook runs first in the refresh, which is why the repricing
 * lives here rather than in a later hook; it adds no pricing context.
 * A cake that can no longer be sold as chosen keeps its price: checkout refuses it
 * and says why.
 */
refreshCartItemsWorkflow.hooks.setPricingContext(
  async ({ cart_id }, { container }) => {
    const { prices } = await cakeLinePrices(container, cart_id)
    const changed: Repriced[] = []
    const before: Repriced[] = []
    for (const { line, customization, current } of prices) {
      if ("problem" in current) {
        continue
      }
      if (current.unit_price !== line.unit_price || current.price_adjustment !== customization.price_adjustment) {
        changed.push({ line_id: line.id, customization_id: customization.id, ...current })
        before.push({
          line_id: line.id,
          customization_id: customization.id,
          unit_price: line.unit_price,
          price_adjustment: customization.price_adjustment,
        })
      }
    }
    if (!changed.length) {
      return new StepResponse(undefined, null as Undo)
    }
    await writePrices(container, changed)
    return new StepResponse(undefined, { before } as Undo)
  },
  async (undo, { container }) => {
    if (!undo?.before.length) {
      return
    }
    await writePrices(container, undo.before)
  }
)

async function writePrices(container: any, prices: Repriced[]) {
  const cart = container.resolve(Modules.CART)
  const cakes: CakeModuleService = container.resolve(CAKE_MODULE)
  await cart.updateLineItems(prices.map((p) => ({ selector: { id: p.line_id }, data: { unit_price: p.unit_price } })))
  await cakes.updateCakeCustomizations(prices.map((p) => ({ id: p.customization_id, price_adjustment: p.price_adjustment })))
}
