import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBakeriesWorkflow } from "../../../workflows/bakery/workflows/create-bakeries"
import { escapeLike } from "../../utils/escape-like"
import { AdminCreateBakeryType, AdminGetBakeriesParamsType } from "./validators"

/** All bakeries, active or not; `q` searches name, description and city. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBakeriesParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // `id` is set only by the staff guard's list filter: a bakery member's own bakeries.
  const { q, city, is_active, id } = req.filterableFields as AdminGetBakeriesParamsType & { id?: string[] }
  const { data: bakeries, metadata } = await query.graph({
    entity: "bakery",
    fields: req.queryConfig.fields,
    filters: {
      ...(id ? { id } : {}),
      ...(q ? { q } : {}),
      ...(city ? { city: { $ilike: escapeLike(city) } } : {}),
      ...(is_active !== undefined ? { is_active } : {}),
    },
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC", id: "ASC" } },
  })
  res.json({ bakeries, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBakeryType>, res: MedusaResponse) => {
  const { result } = await createBakeriesWorkflow(req.scope).run({ input: { bakeries: [req.validatedBody] } })
  const bakery = await refetchEntity({ entity: "bakery", idOrFilter: result[0].id, scope: req.scope, fields: req.queryConfig.fields })
  res.status(200).json({ bakery })
}
