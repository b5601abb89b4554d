import { MedusaService } from "@medusajs/framework/utils"
import { DeliverySlot } from "./models/delivery-slot"

/** Delivery slots (and, with the ETA engine, delivery estimates). */
class DeliveryModuleService extends MedusaService({ DeliverySlot }) {
  /** Cakes already booked for a bakery's day: the sum over placed, not cancelled orders. */
  async countBookedCakes(bakeryId: string, date: string): Promise<number> {
    const slots = await this.listDeliverySlots(
      { bakery_id: bakeryId, date, booked_at: { $ne: null }, released_at: null },
      { select: ["cake_quantity"] }
    )
    return slots.reduce((sum, slot) => sum + slot.cake_quantity, 0)
  }
}

export default DeliveryModuleService
