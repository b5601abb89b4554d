import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"

/**
 * The fields and query context for a cake query: with a region, variants'
 * `calculated_price` is that region's price; without one, prices are left out
 * (they need a currency).
 */
export async function cakePricing(scope: MedusaContainer, fields: string[], regionId?: string) {
  if (!regionId) {
    return { fields: fields.filter((field) => !field.includes("calculated_price")), context: {} }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [region] } = await query.graph(
    { entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } },
    { cache: { enable: true } }
  )
  if (!region) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: region ${regionId} was not found`)
  }
  return {
    fields,
    context: {
      variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
    },
  }
}
