import { MedusaError } from "@medusajs/framework/utils"

/** Marks a CONFLICT whose message is for the client (Medusa replaces other conflict messages with a generic one). */
export const DOMAIN_CONFLICT_CODE = "domain_conflict"

/** A 409 whose message a storefront can show, e.g. "cart holds cakes of Crumb & Co". */
export function domainConflict(message: string) {
  return new MedusaError(MedusaError.Types.CONFLICT, message, DOMAIN_CONFLICT_CODE)
}
