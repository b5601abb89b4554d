import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type AffectedOrder = { id: string; display_id: number; slot: { starts_at: string; ends_at: string } }

type Range = { from: string; to: string }

/**
 * For each range of a bakery's days (a closure), the placed, not cancelled
 * orders booked in it, soonest first: one query for all the ranges.
 */
export async function closureAffectedOrders(container: MedusaContainer, bakeryId: string, ranges: Range[]): Promise<AffectedOrder[][]> {
  if (!ranges.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: slots } = await query.graph({
    entity: "delivery_slot",
    fields: ["date", "starts_at", "ends_at", "order.id", "order.display_id", "order.status"],
    filters: {
      bakery_id: bakeryId,
      date: { $gte: ranges.reduce((a, r) => (r.from < a ? r.from : a), ranges[0].from), $lte: ranges.reduce((a, r) => (r.to > a ? r.to : a), ranges[0].to) },
      booked_at: { $ne: null },
      released_at: null,
    },
  })
  const booked = slots
    .filter((slot) => slot.order && slot.order.status !== "canceled")
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
  return ranges.map((range) =>
    booked
      .filter((slot) => range.from <= slot.date && slot.date <= range.to)
      .map((slot) => ({
        id: slot.order!.id,
        display_id: Number(slot.order!.display_id),
        slot: { starts_at: new Date(slot.starts_at).toISOString(), ends_at: new Date(slot.ends_at).toISOString() },
      }))
  )
}
