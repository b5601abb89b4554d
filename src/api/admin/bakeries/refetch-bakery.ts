import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Reads a bakery back with the request's fields after a write; 404 if it is gone. */
export async function refetchBakery(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bakery] } = await query.graph({ entity: "bakery", fields, filters: { id } })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${id} was not found`)
  }
  return bakery
}
