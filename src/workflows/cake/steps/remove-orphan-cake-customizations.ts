import { ICartModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
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
 *
 * It runs on every `cart.updated`: the common answer (every customisation's line
 * still in the cart) costs one Cake-module and one Cart-module read. A
 * customisation whose line is not named yet belongs to an add still under way
 * (SweetSpot's add names the line right after Medusa adds it): it is kept.
 */
export const removeOrphanCakeCustomizationsStep = createStep(
  removeOrphanCakeCustomizationsStepId,
  async (input: { cart_id: string }, { container }) => {
    const none: Removed = { ids: [], photos: [] }
    const service: CakeModuleService = container.resolve(CAKE_MODULE)
    const customizations = await service.listCakeCustomizations(
      { cart_id: input.cart_id, line_item_id: { $ne: null } },
      { select: ["id", "photo", "line_item_id"] }
    )
    if (!customizations.length) {
      return new StepResponse(none, none)
    }
    const cart: ICartModuleService = container.resolve(Modules.CART)
    const lines = new Set((await cart.listLineItems({ cart_id: input.cart_id }, { select: ["id"] })).map((line) => line.id))
    const gone = customizations.filter((c) => !lines.has(c.line_item_id!))
    if (!gone.length) {
      return new StepResponse(none, none)
    }
    // A placed order's lines are the order's: its customisations stay.
    const { data: ordered } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cake_customization",
      fields: ["id", "order_line_item.id"],
      filters: { id: gone.map((c) => c.id) },
    })
    const inOrder = new Set(ordered.filter((c: any) => c.order_line_item).map((c: any) => c.id as string))
    const orphans = gone.filter((c) => !inOrder.has(c.id))
    if (!orphans.length) {
      return new StepResponse(none, none)
    }
    const removed: Removed = {
      ids: orphans.map((c) => c.id),
      photos: orphans.filter((c) => c.photo).map((c) => ({ id: c.id, photo: c.photo as CakePhoto })),
    }
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
