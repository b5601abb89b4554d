import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EggOption } from "../../../types/cake/cake-options"
import { cakePricing } from "../utils/cake-pricing-context"
import { findShopperCakeIds } from "../utils/shopper-cake-ids"

export type ListShopperCakesInput = {
  /** One cake (404 when a shopper may not see it), or a page of them. */
  id?: string
  fields: string[]
  pagination?: { skip: number; take?: number }
  /** The sales channels of the request's publishable key. */
  sales_channel_ids: string[]
  region_id?: string
  bakery_id?: string
  flavour?: string
  size?: string
  egg_option?: EggOption
  /** undefined = either. */
  is_available?: boolean
  q?: string
}

export const listShopperCakesStepId = "list-shopper-cakes"

/**
 * The cakes a shopper may see: published, of an active bakery, in the key's sales
 * channels, matching the filters, with variants priced in the region when one is
 * given. Which products are cakes comes from the cached catalog; the products
 * themselves from one query. Writes nothing.
 */
export const listShopperCakesStep = createStep(listShopperCakesStepId, async (input: ListShopperCakesInput, { container }) => {
  const [ids, pricing] = await Promise.all([
    findShopperCakeIds(container, {
      ...(input.id ? { ids: [input.id] } : {}),
      bakery_id: input.bakery_id,
      flavour: input.flavour,
      egg_option: input.egg_option,
      is_available: input.is_available,
      sales_channel_ids: input.sales_channel_ids,
    }),
    cakePricing(container, input.fields, input.region_id),
  ])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cakes, metadata } = ids.length
    ? await query.graph(
        {
          entity: "product",
          fields: pricing.fields,
          filters: {
            id: ids,
            status: ProductStatus.PUBLISHED,
            ...(input.q ? { q: input.q } : {}),
            ...(input.size ? { variants: { options: { value: input.size } } } : {}),
          },
          ...(input.id ? {} : { pagination: { ...input.pagination, order: { title: "ASC", id: "ASC" } } }),
          context: pricing.context,
        },
        { cache: { enable: true } }
      )
    : { data: [], metadata: { count: 0, skip: input.pagination?.skip ?? 0, take: input.pagination?.take ?? 0 } }
  if (input.id && !cakes.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cake ${input.id} was not found`)
  }
  return new StepResponse({ cakes, count: metadata?.count ?? cakes.length, limit: metadata?.take, offset: metadata?.skip })
})
