import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { zonedDate } from "../../../utils/zoned-time"
import { loadDeliveryViews } from "../utils/load-delivery-views"

export type ListBakeryDeliveriesInput = {
  bakery_id: string
  /** YYYY-MM-DD in the bakery's time zone; today there when left out. */
  date?: string
}

export const listBakeryDeliveriesStepId = "list-bakery-deliveries"

/**
 * A bakery's deliveries of one day, as its drivers see them (stage, driver,
 * times, estimate), soonest window first: the placed orders booked in its
 * windows that day, cancelled ones included (their slot was given back, the
 * order still reads `cancelled`); collections are left out. Three queries
 * whatever the number of orders. An unknown bakery is a 404. Writes nothing.
 */
export const listBakeryDeliveriesStep = createStep(listBakeryDeliveriesStepId, async (input: ListBakeryDeliveriesInput, { container }) => {
  const bakeries: BakeryModuleService = container.resolve(BAKERY_MODULE)
  const [bakery] = await bakeries.listBakeries({ id: input.bakery_id }, { select: ["id", "timezone"] })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${input.bakery_id} was not found`)
  }
  const date = input.date ?? zonedDate(new Date(), bakery.timezone)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: slots } = await query.graph({
    entity: "delivery_slot",
    fields: ["order.id"],
    filters: { bakery_id: bakery.id, date, booked_at: { $ne: null } },
  })
  const orderIds = [...new Set(slots.map((slot) => slot.order?.id).filter((id): id is string => !!id))]
  const deliveries = await loadDeliveryViews(container, bakery.id, orderIds)
  return new StepResponse({ date, deliveries })
})
