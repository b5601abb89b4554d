import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryDayInput, bakeryDayOrderIds } from "../../delivery/utils/bakery-day-order-ids"
import { orderBalance } from "../../deposit/utils/order-balance"
import { bakeSheetOrderFields } from "../rules/bake-sheet"

export type LoadBakeSheetOrdersInput = BakeryDayInput

export const loadBakeSheetOrdersStepId = "load-bake-sheet-orders"

/**
 * The orders booked in a bakery's windows on a day (collections and deliveries,
 * cancelled ones too: the rule leaves them out), with their cakes and
 * customisations and what each still owes. A few queries whatever their number. An unknown bakery is a 404.
 * Writes nothing.
 */
export const loadBakeSheetOrdersStep = createStep(loadBakeSheetOrdersStepId, async (input: LoadBakeSheetOrdersInput, { container }) => {
  const { bakeryId, date, orderIds } = await bakeryDayOrderIds(container, input)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: [...bakeSheetOrderFields, "bakery.id"], filters: { id: orderIds } })
    : { data: [] }
  // An order is on the sheet of the bakery that bakes it.
  const ours = orders.filter((order: any) => order.bakery?.id === bakeryId)
  // What is still owed (deposit orders), so staff collect it on the day.
  const owed = await orderBalance(container, ours.map((order: any) => order.id as string))
  const balances = Object.fromEntries(
    [...owed.values()].map((b) => [b.order_id, { currency_code: b.currency_code, paid: b.paid, due: b.due, due_at: b.due_at, unpaid_at_cutoff: b.unpaid_at_cutoff }])
  )
  return new StepResponse({ date, orders: ours, balances })
})
