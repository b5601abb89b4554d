import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const DAY_MS = 24 * 60 * 60 * 1000
/** The longest `balance_due_days` a bakery may set (admin validator). */
const MAX_DUE_DAYS = 365

/** Orders whose booked slot is still ahead (within the longest due period): the ones whose balance may fall due. One query. */
export async function balanceCandidateOrderIds(container: MedusaContainer, now: Date): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: slots } = await query.graph({
    entity: "delivery_slot",
    fields: ["id", "order.id", "order.status"],
    filters: {
      booked_at: { $ne: null },
      released_at: null,
      starts_at: { $gt: now, $lte: new Date(now.getTime() + (MAX_DUE_DAYS + 1) * DAY_MS) },
    },
  })
  return slots.filter((slot: any) => slot.order && slot.order.status !== "canceled").map((slot: any) => slot.order.id as string)
}
