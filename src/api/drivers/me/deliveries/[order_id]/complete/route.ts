import { completeDeliveryWorkflow } from "../../../../../../workflows/driver/workflows/complete-delivery"
import { deliveryAction } from "../../delivery-action"

/** Hands the cakes over: Medusa's mark-as-delivered (the order reads `delivered`, the shopper is emailed). */
export const POST = deliveryAction(completeDeliveryWorkflow)
