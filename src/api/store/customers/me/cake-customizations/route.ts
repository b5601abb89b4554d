import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CakeCustomizationCustomerLink from "../../../../../links/cake-customization-customer"

/** The logged-in shopper's own customisations, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: CakeCustomizationCustomerLink.entryPoint,
    fields: ["cake_customization_id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const { pagination } = req.queryConfig
  if (!links.length) {
    return res.json({ cake_customizations: [], count: 0, limit: pagination.take, offset: pagination.skip })
  }
  const { data: cake_customizations, metadata } = await query.graph({
    entity: "cake_customization",
    fields: req.queryConfig.fields,
    filters: { id: links.map((link: any) => link.cake_customization_id) },
    pagination: { ...pagination, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ cake_customizations, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}
