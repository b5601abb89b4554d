import { releaseDeliveryWorkflow } from "../../../../../../workflows/driver/workflows/release-delivery"
import { deliveryAction } from "../../delivery-action"

/** Gives back a claimed delivery before picking it up. */
export const POST = deliveryAction(releaseDeliveryWorkflow)
