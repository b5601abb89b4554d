import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CAKE_PROFILE_FIELDS } from "../../../../../types/cake/cake-profile"
import { upsertCakeProfileWorkflow } from "../../../../../workflows/cake/workflows/upsert-cake-profile"
import { AdminUpsertCakeProfileType } from "./validators"

const profileFields = [
  "id",
  ...[...CAKE_PROFILE_FIELDS, "created_at", "updated_at"].map((field) => `cake_profile.${field}`),
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
