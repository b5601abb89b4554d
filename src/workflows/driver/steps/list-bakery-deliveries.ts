import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryDayInput, bakeryDayOrderIds } from "../../delivery/utils/bakery-day-order-ids"
import { loadDeliveryViews } from "../utils/load-delivery-views"

export type ListBakeryDeliveriesInput = BakeryDayInput

export const listBakeryDeliveriesStepId = "list-bakery-deliveries"

/**
 * A bakery's deliveries of one day, as its drivers see them (stage, driver,
 * times, estimate), soonest window first: the placed orders booked in its
 * windows that day, cancelled ones included (their slot was given back, the
 * order still reads `cancelled`); collections are left out. Three queries
 * whatever the number of orders. An unknown bakery is a 404. Writes nothing.
 */
export const listBakeryDeliveriesStep = createStep(listBakeryDeliveriesStepId, async (input: ListBakeryDeliveriesInput, { container }) => {
  const { bakeryId, date, orderIds } = await bakeryDayOrderIds(container, input, { bookedOnly: true })
  const deliveries = await loadDeliveryViews(container, bakeryId, orderIds)
  return new StepResponse({ date, deliveries })
})
