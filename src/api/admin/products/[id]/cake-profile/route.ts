import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { upsertCakeProfileWorkflow } from "../../../../../workflows/cake/workflows/upsert-cake-profile"
import { AdminUpsertCakeProfileType } from "./validators"

const profileFields = [
  "id",
  "cake_profile.id",
  "cake_profile.flavour",
  "cake_profile.egg_options",
  "cake_profile.shapes",
  "cake_profile.toppings",
  "cake_profile.max_message_length",
  "cake_profile.is_available",
  "cake_profile.lead_time_minutes",
  "cake_profile.created_at",
  "cake_profile.updated_at",
]

async function productWithProfile(scope: MedusaContainer, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: profileFields, filters: { id: productId } })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  return product
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await productWithProfile(req.scope, req.params.id)
  if (!product.cake_profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} has no cake profile yet`)
  }
  res.json({ cake_profile: product.cake_profile })
}

/** Creates the product's profile (flavour required) or changes the fields given. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpsertCakeProfileType>, res: MedusaResponse) => {
  await upsertCakeProfileWorkflow(req.scope).run({
    input: { product_id: req.params.id, ...req.validatedBody },
  })
  const product = await productWithProfile(req.scope, req.params.id)
  res.json({ cake_profile: product.cake_profile })
}
