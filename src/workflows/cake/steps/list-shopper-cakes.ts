import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EggOption } from "../../../types/cake/cake-options"
import { cakePricing } from "../utils/cake-pricing-context"
import { findShopperCakeIds, shopperCakeOrder } from "../utils/shopper-cake-ids"

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
 * given. A page is a slice of the listing order (kept under the catalog stamp, see
 * shopperCakeOrder), narrowed by `q` and size when asked, and one query for its
 * products; one cake is one query after checking it is a shopper's. Writes nothing.
 */
export const listShopperCakesStep = createStep(listShopperCakesStepId, async (input: ListShopperCakesInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const profileFilters = {
    bakery_id: input.bakery_id,
    flavour: input.flavour,
    egg_option: input.egg_option,
    is_available: input.is_available,
    sales_channel_ids: input.sales_channel_ids,
  }
  const [ids, pricing] = await Promise.all([
    input.id ? findShopperCakeIds(container, { ...profileFilters, ids: [input.id] }) : pageOfCakeIds(container, input, profileFilters),
    cakePricing(container, input.fields, input.region_id),
  ])
  const pageIds = "page" in ids ? ids.page : ids
  const { data: products } = pageIds.length
    ? await query.graph({
        entity: "product",
        fields: pricing.fields,
        filters: { id: pageIds, status: ProductStatus.PUBLISHED },
        context: pricing.context,
      })
    : { data: [] }
  if (input.id && !products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cake ${input.id} was not found`)
  }
  const byId = new Map(products.map((product) => [product.id as string, product]))
  const cakes = pageIds.flatMap((id) => byId.get(id) ?? [])
  const count = "page" in ids ? ids.count : cakes.length
  return new StepResponse({ cakes, count, limit: input.pagination?.take, offset: input.pagination?.skip ?? 0 })
})

/** The ids of one page of the listing, in order, and how many cakes the whole listing has. */
async function pageOfCakeIds(
  container: MedusaContainer,
  input: ListShopperCakesInput,
  profileFilters: Parameters<typeof shopperCakeOrder>[1]
): Promise<{ page: string[]; count: number }> {
  let order = await shopperCakeOrder(container, profileFilters)
  if (input.q || input.size) {
    // Medusa's own product search and option filter, over the whole catalog (no list of ids in the query).
    const { data: matching } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id"],
      filters: {
        status: ProductStatus.PUBLISHED,
        ...(input.q ? { q: input.q } : {}),
        ...(input.size ? { variants: { options: { value: input.size } } } : {}),
      },
    })
    const matches = new Set(matching.map((product) => product.id as string))
    order = order.filter((id) => matches.has(id))
  }
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take
  return { page: order.slice(skip, take === undefined ? undefined : skip + take), count: order.length }
}
