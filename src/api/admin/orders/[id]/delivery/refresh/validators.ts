import { z } from "@medusajs/framework/zod"
import { DeliveryEstimate } from "../../../../../store/orders/[id]/delivery/validators"

export const AdminRefreshDeliveryResponse = z.object({ estimate: DeliveryEstimate.nullable() })
