import { MedusaContainer } from "@medusajs/framework/types"
import { BAKERY_MODULE } from "../../modules/bakery"
import BakeryModuleService from "../../modules/bakery/service"
import { loadActiveDriver } from "../../workflows/driver/utils/load-active-driver"

/** What a driver sees of themselves: name, contact and the bakery they work for. */
export async function loadDriverProfile(container: MedusaContainer, driverId: string) {
  const driver = await loadActiveDriver(container, driverId)
  const [bakery] = await (container.resolve(BAKERY_MODULE) as BakeryModuleService).listBakeries({ id: driver.bakery_id }, { select: ["id", "name"] })
  return {
    id: driver.id,
    name: driver.name,
    email: driver.email,
    phone: driver.phone ?? null,
    bakery: { id: driver.bakery_id, name: bakery?.name ?? "" },
  }
}
