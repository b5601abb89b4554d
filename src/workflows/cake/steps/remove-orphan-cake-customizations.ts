import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import CakeModuleService from "../../../modules/cake/service"
import { CakePhoto } from "../../../types/cake/cake-options"

export const removeOrphanCakeCustomizationsStepId = "remove-orphan-cake-customizations"

type Removed = { ids: string[]; photos: { id: string; photo: CakePhoto }[] }

/**
 * Soft-deletes the customisations of a cart whose line item is gone (removed
 * through any route) and which no order line carries, taking their photos off
 * them (the workflow deletes those files last); compensation restores both.
 */
export const removeOrphanCakeCustomizationsStep = createStep(
  removeOrphanCakeCustomizationsStepId,
  async (input: { cart_id: string }, { container }) => {
    const none: Removed = { ids: [], photos: [] }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customizations } = await query.graph({
      entity: "cake_customization",
      fields: ["id", "photo", "order_line_item.id"],
      filters: { cart_id: input.cart_id },
    })
    if (!customizations.length) {
      return new StepResponse(none, none)
    }
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: ["id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const live = new Set((cart?.items ?? []).map((item: any) => item?.metadata?.cake_customization_id))
    const orphans = customizations.filter((c: any) => !live.has(c.id) && !c.order_line_item)
    if (!orphans.length) {
      return new StepResponse(none, none)
    }
    const removed: Removed = {
      ids: orphans.map((c: any) => c.id as string),
      photos: orphans.filter((c: any) => c.photo).map((c: any) => ({ id: c.id as string, photo: c.photo as CakePhoto })),
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    if (removed.photos.length) {
      await service.updateCakeCustomizations(removed.photos.map(({ id }) => ({ id, photo: null })))
    }
    await service.softDeleteCakeCustomizations(removed.ids)
    await container.resolve(ContainerRegistrationKeys.LINK).delete({ [CAKE_MODULE]: { cake_customization_id: removed.ids } })
    return new StepResponse(removed, removed)
  },
  async (removed, { container }) => {
    if (!removed?.ids.length) {
      return
    }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    await service.restoreCakeCustomizations(removed.ids)
    await container.resolve(ContainerRegistrationKeys.LINK).restore({ [CAKE_MODULE]: { cake_customization_id: removed.ids } })
    if (removed.photos.length) {
      await service.updateCakeCustomizations(removed.photos.map(({ id, photo }) => ({ id, photo })))
    }
  }
)
