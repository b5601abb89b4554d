import { MedusaService } from "@medusajs/framework/utils"
import { CakeProfile } from "./models/cake-profile"

/** Cake profiles (and, with customisation, CakeCustomizations). CRUD comes from MedusaService. */
class CakeModuleService extends MedusaService({ CakeProfile }) {}

export default CakeModuleService
