import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { bakeryStamp, bumpCatalogStamps } from "../../catalog/utils/catalog-stamps"

export const releaseOrderDeliverySlotStepId = "release-order-delivery-slot"

/** A cancelled order gives its cakes back to the day's capacity; compensation takes them again. */
export const releaseOrderDeliverySlotStep = createStep(
  releaseOrderDeliverySlotStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "delivery_slot.id", "delivery_slot.bakery_id", "delivery_slot.released_at"],
      filters: { id: input.order_id },
    })
    const slot = order?.delivery_slot
    if (!slot || slot.released_at) {
      return new StepResponse(null, null)
    }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliverySlots({ id: slot.id, released_at: new Date() })
    // The day has room again: calendars and slot listings of the bakery change.
    await bumpCatalogStamps(container, [bakeryStamp(slot.bakery_id)])
    return new StepResponse(slot.id as string, { id: slot.id as string, bakery_id: slot.bakery_id as string })
  },
  async (slot, { container }) => {
    if (!slot) {
      return
    }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliverySlots({ id: slot.id, released_at: null })
    await bumpCatalogStamps(container, [bakeryStamp(slot.bakery_id)])
  }
)
