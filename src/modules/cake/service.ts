import { MedusaService } from "@medusajs/framework/utils"
import { CakeCustomization } from "./models/cake-customization"
import { CakeProfile } from "./models/cake-profile"

/** Cake profiles and the customisations shoppers order. CRUD comes from MedusaService. */
class CakeModuleService extends MedusaService({ CakeProfile, CakeCustomization }) {}

export default CakeModuleService
