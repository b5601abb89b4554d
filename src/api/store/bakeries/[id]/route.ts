import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One active bakery; an inactive or unknown one is 404 for shoppers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bakery] } = await query.graph({
    entity: "bakery",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, is_active: true },
  })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${req.params.id} was not found`)
  }
  res.json({ bakery })
}
