import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_MODULE } from "../../../modules/cake"
import { CakeProfileFields } from "../../../types/cake/cake-profile"
import { upsertCakeProfileStep } from "../steps/upsert-cake-profile"
import { clearCakeCatalogCacheStep } from "../steps/clear-cake-catalog-cache"
import { bumpCatalogStampsStep } from "../../catalog/steps/bump-catalog-stamps"
import { CATALOG_STAMP } from "../../catalog/utils/catalog-stamps"

export type UpsertCakeProfileWorkflowInput = { product_id: string } & CakeProfileFields

export const upsertCakeProfileWorkflowId = "upsert-cake-profile"

/** Sets a product's cake-only fields, creating and linking its profile on first use. */
export const upsertCakeProfileWorkflow = createWorkflow(
  upsertCakeProfileWorkflowId,
  (input: UpsertCakeProfileWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "cake_profile.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })

    const upsertInput = transform({ input, products }, ({ input, products }) => {
      const { product_id, ...data } = input
      return { existing_id: products[0]?.cake_profile?.id ?? null, data }
    })
    const result = upsertCakeProfileStep(upsertInput)

    when("profile-created", { result }, ({ result }) => result.created).then(() => {
      const link = transform({ input, result }, ({ input, result }) => [
        {
          [Modules.PRODUCT]: { product_id: input.product_id },
          [CAKE_MODULE]: { cake_profile_id: result.profile.id },
        },
      ])
      createRemoteLinkStep(link)
    })

    const profile = transform({ result }, ({ result }) => result.profile)
    clearCakeCatalogCacheStep()
    bumpCatalogStampsStep({ scopes: [CATALOG_STAMP] })
    return new WorkflowResponse(profile)
  }
)
