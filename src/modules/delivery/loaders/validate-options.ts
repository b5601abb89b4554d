import { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveryModuleOptions } from "../options"

/** Refuses to start with delivery options that do not make sense. */
export default async function validateDeliveryOptions({ options }: LoaderOptions) {
  const parsed = DeliveryModuleOptions.safeParse(options ?? {})
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Delivery module options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`
    )
  }
}
