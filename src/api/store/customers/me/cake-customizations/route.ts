import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CakeCustomizationCustomerLink from "../../../../../links/cake-customization-customer"

/** `product.*` as the answer names it; Query calls the customisation's cake `cake` (see the link). */
const toQueryField = (field: string) => (field.startsWith("product.") ? `cake.${field.slice("product.".length)}` : field)

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
  const fields = req.queryConfig.fields.map(toQueryField)
  const { data, metadata } = await query.graph({
    entity: "cake_customization",
    fields,
    filters: { id: links.map((link: any) => link.cake_customization_id) },
    pagination: { ...pagination, order: { created_at: "DESC", id: "DESC" } },
  })
  const withCake = fields.some((field) => field.startsWith("cake."))
  // `product_id` is the join key Query adds for `cake`: the answer names the cake as `product`.
  const cake_customizations = data.map(({ cake, product_id, ...customization }: any) => (withCake ? { ...customization, product: cake ?? null } : customization))
  res.json({ cake_customizations, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}
