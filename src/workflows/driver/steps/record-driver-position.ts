import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { domainConflict } from "../../../errors/domain-conflict"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { driverEtaRefreshDue, POSITION_CLOCK_SKEW_SECONDS, positionIsNewer } from "../rules/driver-position"
import { loadActiveDriver } from "../utils/load-active-driver"

export type RecordDriverPositionInput = {
  driver_id: string
  latitude: number
  longitude: number
  accuracy_m?: number | null
  recorded_at: string
}

export type RecordedDriverPosition = {
  driver_id: string
  /** The orders the driver carries (picked up, not delivered). */
  order_ids: string[]
  /** False when a newer position was already stored (reports can arrive out of order): nothing changed. */
  accepted: boolean
  /** Whether this position recomputes the ETAs of those orders (at most once per interval). */
  refresh_etas: boolean
}

const positionFields = ["latitude", "longitude", "accuracy_m", "position_recorded_at", "etas_refreshed_at"] as const

export const recordDriverPositionStepId = "record-driver-position"

/**
 * Keeps a carrying driver's latest position (only the latest: no history) and
 * decides whether it recomputes their orders' ETAs. A driver carrying nothing
 * has no reason to be tracked: 409. Compensation puts the previous position back.
 */
export const recordDriverPositionStep = createStep(
  recordDriverPositionStepId,
  async (input: RecordDriverPositionInput, { container }) => {
    const driver = await loadActiveDriver(container, input.driver_id)
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    const carried = await drivers.listDeliveryAssignments(
      { driver_id: driver.id, picked_up_at: { $ne: null }, completed_at: null },
      { select: ["order_id"] }
    )
    if (!carried.length) {
      throw domainConflict("You have no delivery in progress: your position is only kept while you carry an order")
    }
    const now = new Date()
    const recordedAt = new Date(input.recorded_at)
    if (recordedAt.getTime() > now.getTime() + POSITION_CLOCK_SKEW_SECONDS * 1000) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "recorded_at is in the future: send the time the phone took the position")
    }
    const order_ids = carried.map((a) => a.order_id)
    const previous = { id: driver.id, ...Object.fromEntries(positionFields.map((field) => [field, driver[field]])) }
    if (!positionIsNewer(recordedAt, driver.position_recorded_at)) {
      return new StepResponse<RecordedDriverPosition, typeof previous | null>({ driver_id: driver.id, order_ids, accepted: false, refresh_etas: false }, null)
    }
    const { driver_eta_min_interval_seconds } = (container.resolve(DELIVERY_MODULE) as DeliveryModuleService).options
    const refresh_etas = driverEtaRefreshDue(driver.etas_refreshed_at, now, driver_eta_min_interval_seconds)
    await drivers.updateDrivers({
      id: driver.id,
      latitude: input.latitude,
      longitude: input.longitude,
      accuracy_m: input.accuracy_m ?? null,
      position_recorded_at: recordedAt,
      ...(refresh_etas ? { etas_refreshed_at: now } : {}),
    })
    return new StepResponse<RecordedDriverPosition, typeof previous | null>({ driver_id: driver.id, order_ids, accepted: true, refresh_etas }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).updateDrivers(previous)
  }
)
