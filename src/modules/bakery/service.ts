import { MedusaService } from "@medusajs/framework/utils"
import { Bakery } from "./models/bakery"
import { BakeryClosure } from "./models/bakery-closure"

/** Bakeries (the shops that bake and deliver) and the days they close. CRUD comes from MedusaService. */
class BakeryModuleService extends MedusaService({ Bakery, BakeryClosure }) {}

export default BakeryModuleService
