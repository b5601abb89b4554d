import { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveryStreamModuleOptions } from "../options"

/** Refuses to start with stream options that do not make sense (a limit of 0, a negative heartbeat). */
export default async function validateDeliveryStreamOptions({ options }: LoaderOptions) {
  const parsed = DeliveryStreamModuleOptions.safeParse(options ?? {})
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Delivery stream module options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`
    )
  }
}
