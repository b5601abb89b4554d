import { MedusaService } from "@medusajs/framework/utils"
import { Bakery } from "./models/bakery"
import { BakeryClosure } from "./models/bakery-closure"
import { BakeryMember } from "./models/bakery-member"

/** Bakeries (the shops that bake and deliver), the days they close and the users who work for them. CRUD comes from MedusaService. */
class BakeryModuleService extends MedusaService({ Bakery, BakeryClosure, BakeryMember }) {}

export default BakeryModuleService
