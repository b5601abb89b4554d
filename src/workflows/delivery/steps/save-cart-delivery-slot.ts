import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"

export type SaveCartDeliverySlotInput = {
  cart_id: string
  existing_slot_id: string | null
  bakery_id: string
  date: string
  starts_at: string
  ends_at: string
}

type Compensation = { created_id?: string; cart_id: string; previous?: any }

export const saveCartDeliverySlotStepId = "save-cart-delivery-slot"

/** Moves the cart's slot to the chosen window, or creates and links one; compensation undoes either. */
export const saveCartDeliverySlotStep = createStep(
  saveCartDeliverySlotStepId,
  async (input: SaveCartDeliverySlotInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const window = {
      bakery_id: input.bakery_id,
      date: input.date,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
    }
    if (input.existing_slot_id) {
      const previous = await service.retrieveDeliverySlot(input.existing_slot_id)
      const slot = await service.updateDeliverySlots({ id: input.existing_slot_id, ...window })
      return new StepResponse(slot, { cart_id: input.cart_id, previous } as Compensation)
    }
    const slot = await service.createDeliverySlots(window)
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.CART]: { cart_id: input.cart_id },
      [DELIVERY_MODULE]: { delivery_slot_id: slot.id },
    })
    return new StepResponse(slot, { cart_id: input.cart_id, created_id: slot.id } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    if (compensation.created_id) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.CART]: { cart_id: compensation.cart_id },
        [DELIVERY_MODULE]: { delivery_slot_id: compensation.created_id },
      })
      await service.deleteDeliverySlots(compensation.created_id)
    }
    if (compensation.previous) {
      const { id, bakery_id, date, starts_at, ends_at } = compensation.previous
      await service.updateDeliverySlots({ id, bakery_id, date, starts_at, ends_at })
    }
  }
)
