import { MedusaService } from "@medusajs/framework/utils"
import { Bakery } from "./models/bakery"

/** Bakeries: the shops that bake and deliver. CRUD comes from MedusaService. */
class BakeryModuleService extends MedusaService({ Bakery }) {}

export default BakeryModuleService
