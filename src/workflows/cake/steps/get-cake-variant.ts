import { IPricingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_STAMP, readCatalogStamps } from "../../catalog/utils/catalog-stamps"
import { cakeVariantFields } from "../utils/cake-cart-queries"
import { cachedCakeCatalog } from "../utils/cake-catalog-cache"

export type GetCakeVariantInput = {
  variant_id: string
  cart: { region_id?: string | null; currency_code?: string | null } | undefined
}

export const getCakeVariantStepId = "get-cake-variant"

const unknownVariant = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${id} was not found`)

/**
 * The cake being added, as prepare-cake-line reads it: the variant with its
 * product and cake profile, and its price in the cart's region, worked out now by
 * the Pricing module. The variant, product and profile are kept under the catalog
 * stamp (catalog-stamps: any change of products, variants, prices or profiles
 * moves it), so a shopper's adds read them once; an unknown variant is never kept.
 * Null for an unknown variant. The bakery is not read: its rules are the
 * add-to-cart validate hook's, which reads them fresh on every add.
 */
export const getCakeVariantStep = createStep(getCakeVariantStepId, async (input: GetCakeVariantInput, { container }) => {
  const [stamp] = await readCatalogStamps(container, [CATALOG_STAMP])
  let variant: any
  try {
    variant = await cachedCakeCatalog(container, `variant:${stamp}:${input.variant_id}`, async () => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [found] } = await query.graph({ entity: "variant", fields: [...cakeVariantFields, "price_set.id"], filters: { id: input.variant_id } })
      if (!found) {
        throw unknownVariant(input.variant_id)
      }
      return found
    })
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) {
      return new StepResponse(null)
    }
    throw error
  }
  const { price_set, ...cake } = variant
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const [calculated_price] =
    price_set?.id && input.cart
      ? await pricing.calculatePrices(
          { id: [price_set.id] },
          { context: { region_id: input.cart.region_id, currency_code: input.cart.currency_code } as Record<string, string> }
        )
      : []
  return new StepResponse({ ...cake, calculated_price: calculated_price ?? null })
})
