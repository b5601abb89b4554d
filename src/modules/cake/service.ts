import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { CakeCustomization } from "./models/cake-customization"
import { CakeProfile } from "./models/cake-profile"

/** Cake profiles and the customisations shoppers order. CRUD comes from MedusaService. */
class CakeModuleService extends MedusaService({ CakeProfile, CakeCustomization }) {
  /**
   * Names (or, with null, clears) the cart line that carries a live customisation:
   * one UPDATE on every customised add, where the generated update first reads the
   * row back and diffs it (about four times the time).
   */
  @InjectManager()
  async setCakeCustomizationLine(id: string, lineItemId: string | null, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    await knex("cake_customization").where({ id }).whereNull("deleted_at").update({ line_item_id: lineItemId, updated_at: knex.fn.now() })
  }
}

export default CakeModuleService
