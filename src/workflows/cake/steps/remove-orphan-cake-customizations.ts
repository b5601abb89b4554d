import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"

export const removeOrphanCakeCustomizationsStepId = "remove-orphan-cake-customizations"

/**
 * Soft-deletes the customisations of a cart whose line item is gone (removed
 * through any route) and which no order line carries; compensation restores them.
 */
export const removeOrphanCakeCustomizationsStep = createStep(
  removeOrphanCakeCustomizationsStepId,
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customizations } = await query.graph({
      entity: "cake_customization",
      fields: ["id", "order_line_item.id"],
      filters: { cart_id: input.cart_id },
    })
    if (!customizations.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: ["id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const live = new Set((cart?.items ?? []).map((item: any) => item?.metadata?.cake_customization_id))
    const orphans = customizations
      .filter((c: any) => !live.has(c.id) && !c.order_line_item)
      .map((c: any) => c.id as string)
    if (!orphans.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.softDeleteCakeCustomizations(orphans)
    await container.resolve(ContainerRegistrationKeys.LINK).delete({ [CAKE_MODULE]: { cake_customization_id: orphans } })
    return new StepResponse(orphans, orphans)
  },
  async (orphans, { container }) => {
    if (!orphans?.length) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.restoreCakeCustomizations(orphans)
    await container.resolve(ContainerRegistrationKeys.LINK).restore({ [CAKE_MODULE]: { cake_customization_id: orphans } })
  }
)
