import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { photoOrphanDays } from "../workflows/cake/rules/cake-photo-settings"
import { removeOrphanCakePhotosWorkflow } from "../workflows/cake/workflows/remove-orphan-cake-photos"

/**
 * Every hour: photos of carts that never became orders, untouched for
 * PHOTO_ORPHAN_DAYS (7), are deleted from storage. Photos on orders are kept.
 */
export default async function removeOrphanCakePhotosJob(container: MedusaContainer) {
  const { result } = await removeOrphanCakePhotosWorkflow(container).run({
    input: { now: new Date().toISOString(), days: photoOrphanDays() },
  })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Deleted ${result.length} cake photo(s) of carts that never became orders`)
  }
}

export const config = {
  name: "remove-orphan-cake-photos",
  schedule: "17 * * * *",
}
