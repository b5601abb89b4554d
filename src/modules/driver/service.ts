import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DeliveryAssignment } from "./models/delivery-assignment"
import { Driver } from "./models/driver"

/** An order on its way in a driver's van, with where the driver last was. */
export type CarriedOrder = {
  order_id: string
  driver_id: string
  latitude: number | null
  longitude: number | null
  position_recorded_at: Date | null
}

/** A bakery's drivers and who carries which order. CRUD comes from MedusaService. */
class DriverModuleService extends MedusaService({ Driver, DeliveryAssignment }) {
  /**
   * Every order a driver has picked up and not yet handed over, with the
   * driver's latest position: one query whatever their number (the scheduled ETA
   * refresh reads thousands every few minutes; the list methods would build an
   * entity for each assignment). Plain rows.
   */
  @InjectManager()
  async listCarriedOrders(@MedusaContext() sharedContext: Context = {}): Promise<CarriedOrder[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    return knex("delivery_assignment as a")
      .join("driver as d", "d.id", "a.driver_id")
      .whereNotNull("a.picked_up_at")
      .whereNull("a.completed_at")
      .whereNull("a.deleted_at")
      .whereNull("d.deleted_at")
      .select("a.order_id", "a.driver_id", "d.latitude", "d.longitude", "d.position_recorded_at")
  }
}

export default DriverModuleService
