import { MedusaService } from "@medusajs/framework/utils"
import { DeliveryAssignment } from "./models/delivery-assignment"
import { Driver } from "./models/driver"

/** A bakery's drivers and who carries which order. CRUD comes from MedusaService. */
class DriverModuleService extends MedusaService({ Driver, DeliveryAssignment }) {}

export default DriverModuleService
