import { pickUpDeliveryWorkflow } from "../../../../../../workflows/driver/workflows/pick-up-delivery"
import { deliveryAction } from "../../delivery-action"

/** Leaves with the claimed delivery: Medusa's shipment (the order reads `shipped`, the shopper is emailed, a first ETA). */
export const POST = deliveryAction(pickUpDeliveryWorkflow)
