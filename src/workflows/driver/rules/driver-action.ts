import { MedusaError } from "@medusajs/framework/utils"
import { domainConflict } from "../../../errors/domain-conflict"
import { DeliveryStage } from "./delivery-stage"

/** What a driver can do with a delivery order. */
export type DriverAction = "claim" | "release" | "pick_up" | "complete"

export type DriverActionState = {
  /** The order's number shoppers and staff read: #12. */
  display_id: number | string
  stage: DeliveryStage
  /** The driver holding the order, if any. */
  holder: { id: string; name: string } | null
}

/** The stages in which each action makes sense for the driver who holds (or, for a claim, takes) the order. */
const allowed: Record<DriverAction, DeliveryStage[]> = {
  claim: ["ready", "claimed"],
  release: ["claimed"],
  pick_up: ["claimed"],
  complete: ["out_for_delivery"],
}

const notNow: Record<DeliveryStage, string> = {
  preparing: "is not ready yet: the bakery has not prepared it",
  ready: "is not claimed: claim it first",
  claimed: "has not been picked up yet",
  out_for_delivery: "has already been picked up",
  delivered: "has already been delivered",
  cancelled: "was cancelled",
}

/**
 * Why a driver may not do this now, as the 409 they read, or null when they may.
 * An order another driver holds names that driver; a claim on an order the
 * driver already holds succeeds again (a retried request), nothing else repeats.
 */
export function driverActionProblem(action: DriverAction, driverId: string, state: DriverActionState): MedusaError | null {
  const order = `Order #${state.display_id}`
  if (state.holder && state.holder.id !== driverId) {
    return domainConflict(`${order} is taken by ${state.holder.name}`)
  }
  if (!allowed[action].includes(state.stage)) {
    return domainConflict(`${order} ${notNow[state.stage]}`)
  }
  if (action !== "claim" && !state.holder) {
    return domainConflict(`${order} is not yours: claim it first`)
  }
  return null
}
