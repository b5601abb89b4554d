import { claimDeliveryWorkflow } from "../../../../../../workflows/driver/workflows/claim-delivery"
import { deliveryAction } from "../../delivery-action"

/** Takes a ready delivery of the driver's bakery: exactly one driver wins; everyone else gets a 409 naming who has it. */
export const POST = deliveryAction(claimDeliveryWorkflow)
