import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { zonedDate } from "../../../utils/zoned-time"

export type BakeryDayInput = {
  bakery_id: string
  /** YYYY-MM-DD in the bakery's time zone; today there when left out. */
  date?: string
}

/**
 * The orders whose slot lies in a bakery's windows on a day (the bake sheet's and
 * the deliveries page's starting point): the day itself (today where the bakery
 * is, when not given) and the order ids, in two queries. `bookedOnly` leaves out
 * slots never booked. An unknown bakery is a 404.
 */
export async function bakeryDayOrderIds(container: MedusaContainer, input: BakeryDayInput, { bookedOnly = false } = {}) {
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
    filters: { bakery_id: bakery.id, date, ...(bookedOnly ? { booked_at: { $ne: null } } : {}) },
  })
  const orderIds = [...new Set(slots.map((slot) => slot.order?.id).filter((id): id is string => !!id))]
  return { bakeryId: bakery.id as string, date, orderIds }
}
